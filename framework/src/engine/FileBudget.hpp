#pragma once
#include <chrono>
#include <stdexcept>
#include <string>

namespace pyconv {

// A file that ran past its time budget (exit code 2 for that file alone).
class BudgetExceeded : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The time budget of the file this thread is processing, for as long as the object lives. No
// input may hang the tool: the engine checks the budget wherever it hands control around (each
// match given to a check, each fix iteration, each syntax-guard trial) and the file ends with an
// error of its own. A check that never returns is not reached by those checks, so a watchdog
// thread ends the whole run, naming the file, once a file has run for twice its budget.
class FileBudget {
 public:
  FileBudget(std::string path, std::chrono::seconds limit);  // limit 0: no budget
  ~FileBudget();
  FileBudget(const FileBudget&) = delete;
  FileBudget& operator=(const FileBudget&) = delete;
};

// Throws BudgetExceeded when this thread's file has run past its budget.
void checkFileBudget();

}  // namespace pyconv
