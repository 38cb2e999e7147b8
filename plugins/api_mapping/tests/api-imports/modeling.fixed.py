# OPTION: PackageAnchor=transformers.models.llama
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'integrations'; decorators mindone lacks are dropped [api-imports]
from ...modeling_utils import PreTrainedModel
from ...mindspore_utils import apply_chunking_to_forward
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'pytorch_utils'; mindone calls the module mindspore_utils [api-imports]
from ...utils import (
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'utils'; auto_docstring from transformers.utils [api-imports]
    logging,
)
from transformers.utils import auto_docstring
from transformers.utils.deprecation import deprecate_kwarg
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'utils.deprecation'; deprecate_kwarg from transformers.utils.deprecation [api-imports]
from ...utils import no_such_helper
# CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'no_such_helper' is provided neither by mindone.transformers.utils nor, framework-neutral, by transformers.utils; port it by hand [api-imports]
from transformers.models.llama.configuration_llama import LlamaConfig
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'models.llama.configuration_llama'; LlamaConfig from transformers.models.llama.configuration_llama [api-imports]


class LlamaRMSNorm:
    pass


@auto_docstring
class LlamaModel(PreTrainedModel):
    config: LlamaConfig

    @deprecate_kwarg("old", version="5")
    def run(self, x):
        return apply_chunking_to_forward(no_such_helper(x))
