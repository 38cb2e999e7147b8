# OPTION: PackageAnchor=transformers.models.swin
import torch

from ...pytorch_utils import meshgrid


def relative_position_index(window_size, grids):
    coords_h = torch.arange(window_size[0])
    coords_w = torch.arange(window_size[1])
    coords = torch.stack(meshgrid([coords_h, coords_w], indexing="ij"))
    # CHECK-MESSAGES: :[[@LINE-1]]:35: warning: MindSpore's meshgrid takes the tensors as arguments, not as one list [api-meshgrid]
    table = torch.meshgrid((coords_h, coords_w))
    # CHECK-MESSAGES: :[[@LINE-1]]:28: warning: MindSpore's meshgrid takes the tensors as arguments, not as one list [api-meshgrid]
    same = torch.meshgrid(coords_h, coords_w, indexing="xy")
    kept = torch.meshgrid(grids, indexing="ij")
    return coords, table, same, kept
