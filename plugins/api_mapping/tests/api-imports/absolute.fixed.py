# OPTION: PackageAnchor=transformers.models.bert
# OPTION: api-imports.AbsoluteImports=true
from mindone.transformers.modeling_utils import PreTrainedModel
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'modeling_utils' [api-imports]
from mindone.transformers.utils import logging
from transformers.utils import auto_docstring
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'utils'; auto_docstring from transformers.utils [api-imports]

logger = logging.get_logger(__name__)


@auto_docstring
class BertModel(PreTrainedModel):
    pass
