#pragma once
// What the grad_checkpoint checks share: recognising checkpoint calls and the branches that
// make them.
#include <pyconv/FileContext.hpp>
#include <pyconv/Node.hpp>

namespace pyconv::grad_checkpoint {

inline constexpr const char* kRaise =
    "raise NotImplementedError(\"Gradient checkpointing is not supported in MindSpore.\")";

// `self._gradient_checkpointing_func(...)`, or a call resolving to
// torch.utils.checkpoint.checkpoint / checkpoint_sequential.
bool isCheckpointCall(Node call, const FileContext& file);

// Whether `node`'s subtree holds a checkpoint call.
bool containsCheckpointCall(Node node, const FileContext& file);

// Whether a condition tests `gradient_checkpointing` (any operand order, with other terms).
bool testsGradientCheckpointing(Node condition);

}  // namespace pyconv::grad_checkpoint
