# OPTION: team-helper-port.PortModule=team_ms.helpers
# OPTION: team-helper-port.Ported=rotate_half
from teamlib.torch_utils import rotate_half
# CHECK-MESSAGES: :[[@LINE-1]]:6: warning: the helpers imported here have a MindSpore port in team_ms.helpers [team-helper-port]
from teamlib.torch_utils import *
# CHECK-MESSAGES: :[[@LINE-1]]:33: warning: a star import of teamlib.torch_utils cannot be checked [team-helper-port]
