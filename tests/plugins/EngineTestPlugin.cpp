// Test-only checks that exercise the fix engine: each does one small, predictable thing so the
// engine tests can observe overlap, deferral, needs, phases, oscillation and the syntax guard.
#include <pyconv/FileContext.hpp>
#include <pyconv/MatchFinder.hpp>
#include <pyconv/PackageUses.hpp>
#include <pyconv/PluginExport.hpp>
#include <pyconv/Query.hpp>
#include <pyconv/Semantic.hpp>
#include <pyconv/SyntaxViews.hpp>

#include <chrono>
#include <thread>

#include "CodeRanMarker.hpp"

namespace engine_test {
using namespace pyconv;

// Renames an identifier outside imports, optionally needing imports or a helper.
class RenameCheck : public Check {
 public:
  RenameCheck(const std::string& name, std::string from, std::string to, std::vector<Need> needs = {})
      : Check(name), from_(std::move(from)), to_(std::move(to)), needs_(std::move(needs)) {}
  void registerMatchers(MatchFinder& finder) override {
    to_ = option("To");  // CheckOptions: {<check>.To: name}; declared with the default name
    finder.addQuery(*this, "((identifier) @id (#eq? @id \"" + from_ + "\"))", from_);
  }
  void check(const MatchResult& result) override {
    const Node id = result.node("id");
    for (Node n = id.parent(); n; n = n.parent()) {
      if (n.is(syntax::Kind::ImportStatement) || n.is(syntax::Kind::ImportFromStatement)) return;  // names, not imports
    }
    report(result.file, id, "rename " + from_,
           Fix{"rename to " + to_, Applicability::Safe, {{id.begin(), id.end(), to_}}, needs_});
  }

 private:
  std::string from_, to_;
  std::vector<Need> needs_;
};

// `wrap(X)` -> `unwrap(X)`, replacing the whole call: overlaps any fix inside X.
class RewrapCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override {
    finder.addQuery(*this, "((call function: (identifier) @f arguments: (argument_list) @args) @call (#eq? @f \"wrap\"))");
  }
  void check(const MatchResult& result) override {
    const Node call = result.node("call");
    report(result.file, call, "rewrap",
           Fix{"unwrap", Applicability::Safe, {{call.begin(), call.end(), "unwrap" + std::string(result.node("args").text())}}, {}});
  }
};

// `breakme(x)` -> deletes the closing parenthesis: a fix that breaks the syntax.
class BreakSyntaxCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override {
    finder.addQuery(*this, "((call function: (identifier) @f arguments: (argument_list) @args) (#eq? @f \"breakme\"))");
  }
  void check(const MatchResult& result) override {
    const Node args = result.node("args");
    report(result.file, args, "break", Fix{"drop the parenthesis", Applicability::Safe, {{args.end() - 1, args.end(), ""}}, {}});
  }
};

// Renames the function of a call `old_call(...)` -> `new_call(...)`: imports of old_call stay
// untouched, so they are left unused.
class RenameCallCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override {
    finder.addQuery(*this, "((call function: (identifier) @f) (#eq? @f \"old_call\"))");
  }
  void check(const MatchResult& result) override {
    const Node f = result.node("f");
    report(result.file, f, "rename call", Fix{"rename the call", Applicability::Safe, {{f.begin(), f.end(), "new_call"}}, {}});
  }
};

// A fix with two overlapping edits: a check's bug the engine must refuse.
class InvalidFixCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override {
    finder.addQuery(*this, "((identifier) @id (#eq? @id \"invalid_here\"))");
  }
  void check(const MatchResult& result) override {
    const Node id = result.node("id");
    report(result.file, id, "invalid",
           Fix{"overlapping", Applicability::Safe, {{id.begin(), id.end(), "a"}, {id.begin() + 1, id.end(), "b"}}, {}});
  }
};

// `counter_N` -> `counter_{N+1}`: never reaches a fixed point, for the iteration bound.
class CounterCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override {
    finder.addQuery(*this, "((identifier) @id (#match? @id \"^counter_[0-9]+$\"))");
  }
  void check(const MatchResult& result) override {
    const Node id = result.node("id");
    const int n = std::stoi(std::string(id.text().substr(8)));
    report(result.file, id, "count", Fix{"count", Applicability::Safe, {{id.begin(), id.end(), "counter_" + std::to_string(n + 1)}}, {}});
  }
};

// Takes 400 ms per `slow_here`: many of them run past a small --timeout-per-file.
class SlowCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override { finder.addQuery(*this, "((identifier) @id (#eq? @id \"slow_here\"))"); }
  void check(const MatchResult& result) override {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    report(result.file, result.node("id"), "slow", std::nullopt);
  }
};

// Never returns from check() on `hang_here`: what only the watchdog can end.
class HangCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override { finder.addQuery(*this, "((identifier) @id (#eq? @id \"hang_here\"))"); }
  void check(const MatchResult&) override {
    for (;;) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
};

// Reads its declared options into its message: `option_here` -> "style=<Style> loud=<Loud>".
class OptionEchoCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override {
    message_ = "style=" + option("Style") + " loud=" + (flagOption("Loud") ? "yes" : "no");
    finder.addQuery(*this, "((identifier) @id (#eq? @id \"option_here\"))");
  }
  void check(const MatchResult& result) override { report(result.file, result.node("id"), message_); }

 private:
  std::string message_;
};

// Reads an option its declaration lacks at `undeclared_here`: a programming error (std::logic_error).
class UndeclaredOptionCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override {
    finder.addQuery(*this, "((identifier) @id (#eq? @id \"undeclared_here\"))");
  }
  void check(const MatchResult&) override { option("Undeclared"); }
};

// Counts the uses of numpy as the built-in api-residual counts torch's, through declared metrics
// only, and removes `np.asarray(x)` (a removal fix): the engine's accounting must follow the
// declaration, not a package or check it knows.
class CountNumpyCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override {
    finder.addQuery(*this, "((identifier) @head (#pyconv-qualname-match? @head \"^numpy(\\\\.|$)\"))", "numpy");
  }
  void check(const MatchResult& result) override {
    const auto use = packageUse(result.node("head"), result.file.semantic(), "numpy");
    if (!use || use->chain.parent().is(syntax::Kind::ImportStatement)) return;
    result.file.addMetric("numpy-uses");
    const auto call = syntax::as<syntax::Call>(use->chain.parent());
    const Node arguments = call ? call->arguments() : Node();
    if (use->qualified == "numpy.asarray" && arguments.namedChildCount() == 1) {
      const Node value = arguments.namedChild(0);
      report(result.file, use->chain, "numpy use",
             removing(Fix{"drop asarray", Applicability::Safe, {{call->node().begin(), call->node().end(), std::string(value.text())}}}));
    } else {
      report(result.file, use->chain, "numpy use");
    }
  }
};

// Every `MARKER` is a finding that makes a file not valid (a declared verdict part).
class MarkerVerdictCheck : public Check {
 public:
  using Check::Check;
  void registerMatchers(MatchFinder& finder) override { finder.addQuery(*this, "((identifier) @id (#eq? @id \"MARKER\"))", "MARKER"); }
  void check(const MatchResult& result) override { report(result.file, result.node("id"), "a marker"); }
};

template <class CheckType>
void add(CheckFactories& f, CheckSpec spec) {
  f.add(std::move(spec), [](const std::string& name) { return std::make_unique<CheckType>(name); });
}

class EngineTestModule final : public Module {
 public:
  void addCheckFactories(CheckFactories& f) override {
    auto rename = [&f](std::string name, std::string from, std::string to, std::vector<Need> needs = {},
                       CheckPhase phase = CheckPhase::Finish) {
      f.add({.name = name,
             .summary = "test: rename " + from,
             .phase = phase,
             .options = {{.name = "To", .defaultValue = to, .summary = "the new name"}}},
            [from, to, needs](const std::string& n) { return std::make_unique<RenameCheck>(n, from, to, needs); });
    };
    rename("test-rename", "old_name", "new_name");
    rename("test-need-ms", "use_ms", "ms.thing", {Need::importModule("mindspore", "ms")});
    rename("test-need-mint", "use_mint", "mint.thing", {Need::importFrom("mindspore", "mint")});
    rename("test-need-ops", "use_ops", "ops.thing", {Need::importFrom("mindspore", "ops")});
    rename("test-need-helper", "call_helper", "_helper",
           {Need::helper("_helper", "def _helper():\n    return 1\n")});
    rename("test-phase-early", "a_thing", "b_thing", {}, CheckPhase::Prepare);
    rename("test-phase-late", "b_thing", "c_thing", {}, CheckPhase::Rewrite);
    rename("test-flip", "ping", "pong");
    rename("test-flop", "pong", "ping");
    f.add({.name = "test-only-mindspore",
           .summary = "test: renames ms_only when the Target is mindspore",
           .options = {{.name = "To", .defaultValue = "done", .summary = "the new name"}},
           .onlyWhen = RunCondition{"Target", "mindspore"}},
          [](const std::string& n) { return std::make_unique<RenameCheck>(n, "ms_only", "done"); });
    add<RewrapCheck>(f, {.name = "test-rewrap", .summary = "test: wrap(x) -> unwrap(x)"});
    add<RenameCallCheck>(f, {.name = "test-rename-call", .summary = "test: old_call(...) -> new_call(...)"});
    add<BreakSyntaxCheck>(f, {.name = "test-break", .summary = "test: breaks the syntax"});
    add<InvalidFixCheck>(f, {.name = "test-invalid", .summary = "test: overlapping edits in one fix"});
    add<CounterCheck>(f, {.name = "test-counter", .summary = "test: never converges"});
    add<SlowCheck>(f, {.name = "test-slow", .summary = "test: 400 ms per match"});
    add<HangCheck>(f, {.name = "test-hang", .summary = "test: never returns"});
    add<OptionEchoCheck>(f, {.name = "test-option-echo",
                             .summary = "test: reports its options",
                             .options = {{.name = "Style",
                                          .kind = OptionKind::Choice,
                                          .defaultValue = "plain",
                                          .choices = {"plain", "fancy"},
                                          .summary = "a choice"},
                                         {.name = "Loud", .kind = OptionKind::Flag, .defaultValue = "false", .summary = "a flag"}}});
    add<UndeclaredOptionCheck>(f, {.name = "test-undeclared-option", .summary = "test: reads an undeclared option"});
    add<CountNumpyCheck>(f, {.name = "test-count-numpy",
                             .summary = "test: counts numpy uses for the conversion rate; drops np.asarray(x)",
                             .metrics = {{.name = "numpy-uses", .role = MetricRole::PackageUses, .package = "numpy",
                                          .summary = "numpy uses"}}});
    add<MarkerVerdictCheck>(f, {.name = "test-marker-verdict",
                                .summary = "test: every MARKER makes a file not valid",
                                .verdict = VerdictPart{.noun = "marker", .passed = "no markers", .jsonKey = "markers"}});
  }
};

}  // namespace engine_test

PYCONV_PLUGIN(engine_test::EngineTestModule, "engine_test", "0")
PYCONV_TEST_CODE_RAN_MARKER("engine_test_plugin")
