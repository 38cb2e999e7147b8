# OPTION: PackageAnchor=transformers.models.kosmos2
# Written by api-imports with AbsoluteImports (or by hand): a name mindone 0.5.0 lacks stays listed.
from mindone.transformers.utils import ModelOutput, logging, torch_int
# CHECK-MESSAGES: :[[@LINE-1]]:62: warning: 'torch_int' is not provided by mindone.transformers.utils; port it by hand [api-imports]
from mindone.transformers.mindspore_adapter import dtype_to_min
from mindone.transformers.utils import is_peft_available as peft
# CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'is_peft_available' is not provided by mindone.transformers.utils; port it by hand [api-imports]

logger = logging.get_logger(__name__)


def side(n):
    return torch_int(n**0.5), ModelOutput, dtype_to_min, peft
