from teamlib.ms_utils import masked_mean, gather_last as last
# CHECK-MESSAGES: :[[@LINE-1]]:6: warning: the helpers imported here have a MindSpore port in teamlib.ms_utils [team-helper-port]
from teamlib.torch_utils import masked_mean as mm, rotate_half
# CHECK-MESSAGES: :[[@LINE-1]]:52: warning: 'rotate_half' has no MindSpore port in teamlib.ms_utils yet; port it, then list it in Ported [team-helper-port]
from teamlib.other import masked_mean as other_mean


def pool(x, mask):
    return mm(last(x), mask) + other_mean(x) + masked_mean(x, mask) + rotate_half(x)
