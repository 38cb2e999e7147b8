"""Measures every CPU stand-in of the parity tests against torch (issue 17); run in its own process
by test_cpu_standins.py, because installing the stand-ins changes mindspore.mint for the process.

Prints one JSON object: case -> {"error": relative error or null, "failure": text or null, "hits": n}.
A deterministic case compares values with torch; a random one (rand, randn, empty, ...) compares
shape and dtype only."""
import json
import pathlib
import sys

import numpy as np
import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "framework" / "python"))

RNG = np.random.default_rng(7)


def arr(*shape):
    return RNG.standard_normal(shape).astype(np.float32)


def _functions(ms, mint):
    x4, x3, a, b = arr(2, 3, 8, 8), arr(2, 3, 9), arr(2, 4, 5, 6), arr(2, 4, 7, 6)
    distinct = RNG.permutation(40).astype(np.float32).reshape(5, 8)
    labels = np.array([1, 0, 3, 2], dtype=np.int64)
    T, M = torch.tensor, ms.tensor
    f, mf = torch.nn.functional, mint.nn.functional
    return {
        "einsum attention": (lambda: torch.einsum("bhqd,bhkd->bhqk", T(a), T(b)),
                             lambda: mint.einsum("bhqd,bhkd->bhqk", M(a), M(b))),
        "einsum ellipsis": (lambda: torch.einsum("...ij,...kj->...ik", T(a), T(b)),
                            lambda: mint.einsum("...ij,...kj->...ik", M(a), M(b))),
        "einsum implicit outer": (lambda: torch.einsum("i,j", T(a[0, 0, 0]), T(b[0, 0, 0])),
                                  lambda: mint.einsum("i,j", M(a[0, 0, 0]), M(b[0, 0, 0]))),
        "einsum operand list": (lambda: torch.einsum("ij->ji", [T(a[0, 0])]), lambda: mint.einsum("ij->ji", [M(a[0, 0])])),
        "roll one dim": (lambda: torch.roll(T(x4), 3, 2), lambda: mint.roll(M(x4), 3, 2)),
        "roll two dims": (lambda: torch.roll(T(x4), (1, -2), (1, 3)), lambda: mint.roll(M(x4), (1, -2), (1, 3))),
        "roll flat": (lambda: torch.roll(T(x3), 5), lambda: mint.roll(M(x3), 5)),
        "outer": (lambda: torch.outer(T(x3[0, 0]), T(x3[1, 1])), lambda: mint.outer(M(x3[0, 0]), M(x3[1, 1]))),
        "topk values": (lambda: torch.topk(T(distinct), 3, dim=-1)[0], lambda: mint.topk(M(distinct), 3, dim=-1)[0]),
        "topk indices": (lambda: torch.topk(T(distinct), 3, dim=0, largest=False)[1],
                         lambda: mint.topk(M(distinct), 3, dim=0, largest=False)[1]),
        "linspace": (lambda: torch.linspace(-1.0, 3.0, 9), lambda: mint.linspace(-1.0, 3.0, 9)),
        "argsort": (lambda: torch.argsort(T(distinct), dim=-1, descending=True),
                    lambda: mint.argsort(M(distinct), dim=-1, descending=True)),
        "linalg.norm dim": (lambda: torch.linalg.norm(T(x4), dim=-1), lambda: mint.linalg.norm(M(x4), dim=-1)),
        "linalg.norm all": (lambda: torch.linalg.norm(T(x3)), lambda: mint.linalg.norm(M(x3))),
        "norm p dim": (lambda: torch.norm(T(x4), p=2, dim=-1, keepdim=True), lambda: mint.norm(M(x4), p=2, dim=-1, keepdim=True)),
        "norm fro all": (lambda: torch.norm(T(x3)), lambda: mint.norm(M(x3))),
        "norm p1 two dims": (lambda: torch.norm(T(x4), p=1, dim=(2, 3)), lambda: mint.norm(M(x4), p=1, dim=(2, 3))),
        "normalize": (lambda: f.normalize(T(x4), dim=-1), lambda: mf.normalize(M(x4), dim=-1)),
        "normalize p1": (lambda: f.normalize(T(x4), p=1.0, dim=1), lambda: mf.normalize(M(x4), p=1.0, dim=1)),
        "interpolate bilinear": (lambda: f.interpolate(T(x4), size=(13, 11), mode="bilinear", align_corners=False),
                                 lambda: mf.interpolate(M(x4), size=(13, 11), mode="bilinear", align_corners=False)),
        "interpolate nearest scale": (lambda: f.interpolate(T(x4), scale_factor=2.0, mode="nearest"),
                                      lambda: mf.interpolate(M(x4), scale_factor=2.0, mode="nearest")),
        "interpolate linear": (lambda: f.interpolate(T(x3), size=15, mode="linear", align_corners=True),
                               lambda: mf.interpolate(M(x3), size=15, mode="linear", align_corners=True)),
        "one_hot": (lambda: f.one_hot(T(labels), 5), lambda: mf.one_hot(M(labels), 5)),
        "one_hot inferred": (lambda: f.one_hot(T(labels)), lambda: mf.one_hot(M(labels))),
        "log_softmax": (lambda: f.log_softmax(T(x4), dim=1), lambda: mf.log_softmax(M(x4), dim=1)),
        "leaky_relu": (lambda: f.leaky_relu(T(x4), 0.1), lambda: mf.leaky_relu(M(x4), 0.1)),
        "softplus": (lambda: f.softplus(T(x4) * 8, beta=2, threshold=5), lambda: mf.softplus(M(x4) * 8, beta=2, threshold=5)),
        "logsigmoid": (lambda: f.logsigmoid(T(x4)), lambda: mf.logsigmoid(M(x4))),
        "MSELoss": (lambda: torch.nn.MSELoss(reduction="sum")(T(x4), T(x4 * 0.5)),
                    lambda: mint.nn.MSELoss(reduction="sum")(M(x4), M(x4 * 0.5))),
        "unfold": (lambda: f.unfold(T(x4), 3, padding=1, stride=2), lambda: mf.unfold(M(x4), 3, padding=1, stride=2)),
        "Tensor.repeat": (lambda: T(x3).repeat(2, 1, 3), lambda: M(x3).repeat(2, 1, 3)),
        "Tensor.repeat new dims": (lambda: T(x3[0]).repeat((2, 2, 1, 2)), lambda: M(x3[0]).repeat((2, 2, 1, 2))),
    }


def _more(ms, mint):
    """pyconv_cpu_standins_more: torch function -> mint function, each giving one array."""
    from mindspore import ops
    x3, x4 = arr(2, 3, 9), arr(2, 3, 8, 8)
    mask = x3 > 0.3
    ints = np.array([[3, 0, 2], [0, 5, 1]], dtype=np.int64)
    index = np.array([[0, 2], [1, 0]], dtype=np.int64)
    zeros_f, zeros_i = np.zeros((2, 3), np.float32), np.zeros((2, 3), np.int64)
    gamma = (RNG.random(9) + 0.5).astype(np.float32)
    T, M = torch.tensor, ms.tensor
    f, mf = torch.nn.functional, mint.nn.functional

    def in_place(tensor, method, *args):
        getattr(tensor, method)(*args)
        return tensor
    return {
        "nonzero as_tuple": (lambda: torch.stack(torch.nonzero(T(mask), as_tuple=True)),
                             lambda: mint.stack(mint.nonzero(M(mask), as_tuple=True))),
        "where one argument": (lambda: torch.stack(torch.where(T(mask))), lambda: mint.stack(mint.where(M(mask)))),
        "where three arguments": (lambda: torch.where(T(mask), T(x3), 0.0), lambda: mint.where(M(mask), M(x3), 0.0)),
        "Tensor.nonzero as_tuple": (lambda: torch.stack(T(mask).nonzero(as_tuple=True)),
                                    lambda: mint.stack(M(mask).nonzero(as_tuple=True))),
        "scatter integer value": (lambda: torch.scatter(T(zeros_i), 1, T(index), 7),
                                  lambda: mint.scatter(M(zeros_i), 1, M(index), 7)),
        "Tensor.scatter value": (lambda: T(zeros_i).scatter(1, T(index), 4), lambda: M(zeros_i).scatter(1, M(index), 4)),
        "log integers": (lambda: torch.log(T(ints + 1)), lambda: mint.log(M(ints + 1))),
        "Tensor.log": (lambda: T(np.abs(x3)).log(), lambda: M(np.abs(x3)).log()),
        "acos": (lambda: torch.acos(T(np.tanh(x3))), lambda: mint.acos(M(np.tanh(x3)))),
        "arccos": (lambda: torch.arccos(T(np.tanh(x3))), lambda: mint.arccos(M(np.tanh(x3)))),
        "atan2": (lambda: torch.atan2(T(x3), T(x3[::-1].copy())), lambda: mint.atan2(M(x3), M(x3[::-1].copy()))),
        "clone": (lambda: torch.clone(T(x3)), lambda: mint.clone(M(x3))),
        "logsumexp": (lambda: torch.logsumexp(T(x4), dim=1), lambda: mint.logsumexp(M(x4), dim=1)),
        "logsumexp keepdim": (lambda: torch.logsumexp(T(x4), -1, keepdim=True), lambda: mint.logsumexp(M(x4), -1, keepdim=True)),
        "std": (lambda: torch.std(T(x4), dim=-1), lambda: mint.std(M(x4), dim=-1)),
        "var unbiased off": (lambda: torch.var(T(x4), dim=(2, 3), correction=0), lambda: mint.var(M(x4), dim=(2, 3), correction=0)),
        "histc": (lambda: torch.histc(T(x3), bins=5, min=-1, max=1), lambda: mint.histc(M(x3), bins=5, min=-1, max=1)),
        "histc data range": (lambda: torch.histc(T(x3), bins=4), lambda: mint.histc(M(x3), bins=4)),
        "baddbmm": (lambda: torch.baddbmm(T(x3[:, :, :3]), T(x3), T(x3).transpose(1, 2), beta=0.5, alpha=2.0),
                    lambda: mint.baddbmm(M(x3[:, :, :3]), M(x3), M(x3).transpose(1, 2), beta=0.5, alpha=2.0)),
        "floor_divide": (lambda: torch.floor_divide(T(ints - 2), 2), lambda: mint.floor_divide(M(ints - 2), 2)),
        "count_nonzero": (lambda: torch.count_nonzero(T(ints), dim=1), lambda: mint.count_nonzero(M(ints), dim=1)),
        "div trunc integers": (lambda: torch.div(T(ints - 2), -3, rounding_mode="trunc"),
                               lambda: mint.div(M(ints - 2), -3, rounding_mode="trunc")),
        "div trunc python ints": (lambda: torch.div(7, -2, rounding_mode="trunc"), lambda: mint.div(7, -2, rounding_mode="trunc")),
        "div floats": (lambda: torch.div(T(x3), 3.0, rounding_mode="trunc"), lambda: mint.div(M(x3), 3.0, rounding_mode="trunc")),
        "index_select": (lambda: torch.index_select(T(x3), 2, T(np.array([4, 0, 4]))),
                         lambda: mint.index_select(M(x3), 2, M(np.array([4, 0, 4])))),
        "Tensor.index_select": (lambda: T(x3).index_select(1, T(np.array([2, 0]))),
                                lambda: M(x3).index_select(1, M(np.array([2, 0])))),
        "linalg.vector_norm": (lambda: torch.linalg.vector_norm(T(x4), dim=-1), lambda: mint.linalg.vector_norm(M(x4), dim=-1)),
        "linalg.vector_norm ord 3 all": (lambda: torch.linalg.vector_norm(T(x3), ord=3), lambda: mint.linalg.vector_norm(M(x3), ord=3)),
        "ops.rms_norm": (lambda: f.rms_norm(T(x3), (9,), T(gamma), 1e-6), lambda: ops.rms_norm(M(x3), M(gamma), 1e-6)[0]),
        "hardtanh": (lambda: f.hardtanh(T(x3), -0.5, 0.7), lambda: mf.hardtanh(M(x3), -0.5, 0.7)),
        "Hardtanh": (lambda: torch.nn.Hardtanh(-0.2, 0.3)(T(x3)), lambda: mint.nn.Hardtanh(-0.2, 0.3)(M(x3))),
        "mish": (lambda: f.mish(T(x3)), lambda: mf.mish(M(x3))),
        "l1_loss": (lambda: f.l1_loss(T(x3), T(x3 * 0.3)), lambda: mf.l1_loss(M(x3), M(x3 * 0.3))),
        "adaptive_avg_pool1d": (lambda: f.adaptive_avg_pool1d(T(x3), 4), lambda: mf.adaptive_avg_pool1d(M(x3), 4)),
        "AdaptiveAvgPool1d": (lambda: torch.nn.AdaptiveAvgPool1d(3)(T(x3)), lambda: mint.nn.AdaptiveAvgPool1d(3)(M(x3))),
        "Tensor.zero_": (lambda: in_place(T(x3), "zero_"), lambda: in_place(M(x3), "zero_")),
        "Tensor.fill_": (lambda: in_place(T(x3), "fill_", 2.5), lambda: in_place(M(x3), "fill_", 2.5)),
        "Tensor.masked_fill_": (lambda: in_place(T(x3), "masked_fill_", T(mask), -3.0),
                                lambda: in_place(M(x3), "masked_fill_", M(mask), -3.0)),
        "Tensor.clamp_": (lambda: in_place(T(x3), "clamp_", -0.5, 0.5), lambda: in_place(M(x3), "clamp_", -0.5, 0.5)),
        "Tensor.log_": (lambda: in_place(T(np.abs(x3)), "log_"), lambda: in_place(M(np.abs(x3)), "log_")),
        "Tensor.scatter_": (lambda: in_place(T(zeros_f), "scatter_", 1, T(index), 1.5),
                            lambda: in_place(M(zeros_f), "scatter_", 1, M(index), 1.5)),
        "Tensor.index_add_": (lambda: in_place(T(x3), "index_add_", 1, T(np.array([2, 0])), T(x3[:, :2] * 2)),
                              lambda: in_place(M(x3), "index_add_", 1, M(np.array([2, 0])), M(x3[:, :2] * 2))),
        "index_add alpha": (lambda: torch.index_add(T(x3), 2, T(np.array([1, 1])), T(x3[:, :, :2]), alpha=0.5),
                            lambda: mint.index_add(M(x3), 2, M(np.array([1, 1])), M(x3[:, :, :2]), alpha=0.5)),
        "avg_pool2d": (lambda: f.avg_pool2d(T(x4), 2), lambda: mf.avg_pool2d(M(x4), 2)),
        "avg_pool2d stride": (lambda: f.avg_pool2d(T(x4), 3, stride=2, padding=1, count_include_pad=False),
                              lambda: mf.avg_pool2d(M(x4), 3, stride=2, padding=1, count_include_pad=False)),
        "interpolate bilinear scale": (lambda: f.interpolate(T(x4), scale_factor=2, mode="bilinear", align_corners=False),
                                       lambda: mf.interpolate(M(x4), scale_factor=2, mode="bilinear", align_corners=False)),
        "max_pool2d": (lambda: f.max_pool2d(T(x4), 2), lambda: mf.max_pool2d(M(x4), 2)),
        "max_pool2d stride": (lambda: f.max_pool2d(T(x4), 3, stride=2, padding=1), lambda: mf.max_pool2d(M(x4), 3, stride=2, padding=1)),
        "Upsample bilinear": (lambda: torch.nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)(T(x4)),
                              lambda: mint.nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)(M(x4))),
        "Tensor.index_fill_": (lambda: in_place(T(x3), "index_fill_", 2, T(np.array([1, 3])), 9.0),
                               lambda: in_place(M(x3), "index_fill_", 2, M(np.array([1, 3])), 9.0)),
    }


def _layers(ms, mint):
    """(torch layer, mint layer class, arguments, input): the mint layer gets the torch weights."""
    x4, x3, x5 = arr(2, 3, 8, 8), arr(2, 3, 9), arr(2, 3, 4, 8, 8)
    nn = torch.nn
    return {
        "Conv2d": (lambda: nn.Conv2d(3, 4, 3, stride=2, padding=1), mint.nn.Conv2d, (3, 4, 3), dict(stride=2, padding=1), x4),
        "Conv2d same groups": (lambda: nn.Conv2d(3, 6, 3, padding="same", groups=3), mint.nn.Conv2d, (3, 6, 3),
                               dict(padding="same", groups=3), x4),
        "Conv2d reflect": (lambda: nn.Conv2d(3, 4, 3, padding=1, padding_mode="reflect", bias=False), mint.nn.Conv2d,
                           (3, 4, 3), dict(padding=1, padding_mode="reflect", bias=False), x4),
        "Conv1d": (lambda: nn.Conv1d(3, 5, 3, padding=2, dilation=2), mint.nn.Conv1d, (3, 5, 3), dict(padding=2, dilation=2), x3),
        "Conv3d tubelets": (lambda: nn.Conv3d(3, 4, (2, 4, 4), stride=(2, 4, 4)), mint.nn.Conv3d, (3, 4, (2, 4, 4)),
                            dict(stride=(2, 4, 4)), x5),
        "Conv3d padded": (lambda: nn.Conv3d(3, 4, 3, padding=1), mint.nn.Conv3d, (3, 4, 3), dict(padding=1), x5),
        "ConvTranspose2d": (lambda: nn.ConvTranspose2d(3, 4, 3, stride=2, padding=1, output_padding=1),
                            mint.nn.ConvTranspose2d, (3, 4, 3), dict(stride=2, padding=1, output_padding=1), x4),
        "LayerNorm": (lambda: nn.LayerNorm(9, eps=1e-6), mint.nn.LayerNorm, (9,), dict(eps=1e-6), x3),
        "LayerNorm no bias": (lambda: nn.LayerNorm(9, bias=False), mint.nn.LayerNorm, (9,), dict(bias=False), x3),
        "LayerNorm no affine": (lambda: nn.LayerNorm((8, 8), elementwise_affine=False), mint.nn.LayerNorm, ((8, 8),),
                                dict(elementwise_affine=False), x4),
        "BatchNorm2d": (lambda: nn.BatchNorm2d(3), mint.nn.BatchNorm2d, (3,), {}, x4),
        "BatchNorm1d": (lambda: nn.BatchNorm1d(3), mint.nn.BatchNorm1d, (3,), {}, x3),
        "GELU tanh": (lambda: nn.GELU(approximate="tanh"), mint.nn.GELU, (), dict(approximate="tanh"), x4),
        "ELU": (lambda: nn.ELU(alpha=0.5), mint.nn.ELU, (), dict(alpha=0.5), x4),
        "AdaptiveAvgPool2d": (lambda: nn.AdaptiveAvgPool2d((3, 2)), mint.nn.AdaptiveAvgPool2d, ((3, 2),), {}, x4),
        "AvgPool2d": (lambda: nn.AvgPool2d(3, stride=2, padding=1), mint.nn.AvgPool2d, (3,), dict(stride=2, padding=1), x4),
        "MaxPool2d": (lambda: nn.MaxPool2d(3, stride=2, padding=1), mint.nn.MaxPool2d, (3,), dict(stride=2, padding=1), x4),
        "MaxPool2d ceil": (lambda: nn.MaxPool2d(2, ceil_mode=True), mint.nn.MaxPool2d, (2,), dict(ceil_mode=True), x3[:, None]),
        "AvgPool1d": (lambda: nn.AvgPool1d(3, stride=2, padding=1), mint.nn.AvgPool1d, (3,), dict(stride=2, padding=1), x3),
    }


def _random(ms, mint):
    x = ms.tensor(arr(2, 3))
    return {
        "rand": (lambda: mint.rand(2, 3), (2, 3), ms.float32), "randn tuple": (lambda: mint.randn((4, 5)), (4, 5), ms.float32),
        "rand_like": (lambda: mint.rand_like(x), (2, 3), ms.float32),
        "normal size": (lambda: mint.normal(0.0, 2.0, (5,)), (5,), ms.float32),
        "normal tensors": (lambda: mint.normal(x, 1.0), (2, 3), ms.float32),
        "Tensor.normal_": (lambda: ms.tensor(np.zeros((3, 2), np.float32)).normal_(mean=0.0, std=0.02), (3, 2), ms.float32),
        "Tensor.uniform_": (lambda: ms.tensor(np.zeros((4,), np.float16)).uniform_(from_=-1.0, to=1.0), (4,), ms.float16),
    }


def _relative(expected, actual):
    expected, actual = np.asarray(expected, np.float64), np.asarray(actual, np.float64)
    if expected.shape != actual.shape:
        raise AssertionError(f"shape {actual.shape}, torch {expected.shape}")
    norm = np.linalg.norm(expected)
    return float(np.linalg.norm(expected - actual) / (norm or 1.0))


def _uninitialised(ms, mint):
    x = ms.tensor(arr(2, 3))
    return {"empty": (lambda: mint.empty(3, 4, dtype=ms.int64), (3, 4), ms.int64),
            "empty_like": (lambda: mint.empty_like(x), (2, 3), ms.float32)}


def main():
    import mindspore as ms
    from mindspore import mint
    ms.set_context(mode=ms.PYNATIVE_MODE, device_target="CPU")
    ms.runtime.launch_blocking()
    import pyconv_cpu_standins
    pyconv_cpu_standins.install()
    results = {}

    def record(name, measure):
        before = sum(pyconv_cpu_standins.HITS.values())
        try:
            results[name] = {"error": measure(), "failure": None}
        except Exception as error:  # noqa: BLE001 - every failure is a result to report
            results[name] = {"error": None, "failure": f"{type(error).__name__}: {str(error)[:300]}"}
        results[name]["hits"] = sum(pyconv_cpu_standins.HITS.values()) - before

    for name, (reference, converted) in {**_functions(ms, mint), **_more(ms, mint)}.items():
        record(name, lambda: _relative(reference().numpy(), converted().asnumpy()))
    for name, (make_torch, layer_class, args, kwargs, data) in _layers(ms, mint).items():
        def measure():
            torch.manual_seed(0)
            layer = make_torch().eval()
            for buffer in layer.buffers():  # running statistics that are not the identity
                if buffer.dtype.is_floating_point:
                    buffer.copy_(torch.rand_like(buffer) + 0.5)
            converted = layer_class(*args, **kwargs)
            converted.set_train(False)
            targets = dict(converted.parameters_and_names())
            targets.update(dict(converted.named_buffers()) if hasattr(converted, "named_buffers") else {})
            for key, value in layer.state_dict().items():
                if key in targets and key != "num_batches_tracked":
                    targets[key].set_data(ms.tensor(value.numpy())) if isinstance(targets[key], ms.Parameter) \
                        else targets[key].assign_value(ms.tensor(value.numpy()))
            with torch.no_grad():
                expected = layer(torch.tensor(data)).numpy()
            return _relative(expected, converted(ms.tensor(data)).asnumpy())
        record(name, measure)
    for name, (draw, shape, dtype) in _uninitialised(ms, mint).items():
        def measure():
            value = draw()
            if tuple(value.shape) != shape or value.dtype != dtype:
                raise AssertionError(f"shape {tuple(value.shape)} dtype {value.dtype}, expected {shape} {dtype}")
            return 0.0
        record(name, measure)
    for name, (draw, shape, dtype) in _random(ms, mint).items():
        def measure():
            value = draw()
            if tuple(value.shape) != shape or value.dtype != dtype:
                raise AssertionError(f"shape {tuple(value.shape)} dtype {value.dtype}, expected {shape} {dtype}")
            if not value.asnumpy().any():  # the in-place fills start from zeros
                raise AssertionError("no value was drawn")
            return 0.0
        record(name, measure)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
