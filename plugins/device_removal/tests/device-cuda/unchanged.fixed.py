import torch

# Nothing here calls .cuda() on an object: these must stay as they are.
if torch.cuda.is_available():
    name = "x.cuda()"
handler = model.cuda
print(f"{x}.cuda()")
cuda(x)
