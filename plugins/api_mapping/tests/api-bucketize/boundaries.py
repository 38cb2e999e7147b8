import mindspore as ms
from mindspore import ops


def positions(coords, boundaries, count):
    buckets = ops.bucketize(coords, boundaries, right=True)
    # CHECK-MESSAGES: :[[@LINE-1]]:37: warning: MindSpore's bucketize takes its boundaries as a list of floats, not a tensor [api-bucketize]
    steps = ops.bucketize(coords, boundaries=ms.ops.arange(0, 1, 1 / count))
    # CHECK-MESSAGES: :[[@LINE-1]]:46: warning: MindSpore's bucketize takes its boundaries as a list of floats, not a tensor [api-bucketize]
    fixed = ops.bucketize(coords, [0.25, 0.5, 0.75])
    return buckets, steps, fixed
