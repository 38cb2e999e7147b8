# FIX-MODE: unsafe
# OPTION: PackageAnchor=transformers.models.wav2vec2
from ...utils import logging
from transformers.utils import cached_file, check_torch_load_is_safe
# CHECK-MESSAGES: :[[@LINE-1]]:1: warning: imports from 'utils'; cached_file, check_torch_load_is_safe from transformers.utils [api-imports]
# CHECK-MESSAGES: :[[@LINE-2]]:35: warning: 'check_torch_load_is_safe' is not provided by mindone.transformers.utils; it comes from transformers.utils, and may use torch when called [api-imports]
from ...modeling_utils import get_parameter_device
# CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'get_parameter_device' is provided neither by mindone.transformers.modeling_utils nor, framework-neutral, by transformers.modeling_utils; port it by hand [api-imports]

logger = logging.get_logger(__name__)


def load_adapter(path):
    check_torch_load_is_safe()
    return cached_file(path, "adapter.bin"), get_parameter_device
