# OPTION: PackageAnchor=transformers.models.bert
# OPTION: api-imports.AbsoluteImports=true
from ...modeling_utils import PreTrainedModel
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'modeling_utils' [api-imports]
from ...utils import auto_docstring, logging
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'utils'; auto_docstring from transformers.utils [api-imports]

logger = logging.get_logger(__name__)


@auto_docstring
class BertModel(PreTrainedModel):
    pass
