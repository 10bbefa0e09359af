// Running a command as a user would, for the CLI tests: its exit status and what it printed.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace glaneur::testing_support {

struct CliRun {
  int status;
  std::string out;
};

// Runs a shell command. `stderr_to` is a shell redirection for stderr: "2>/dev/null" drops it,
// "2>&1" keeps it with stdout.
inline CliRun shell(const std::string& command, const std::string& stderr_to = "2>/dev/null") {
  FILE* pipe = popen((command + " " + stderr_to).c_str(), "r");
  std::string out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

}  // namespace glaneur::testing_support
