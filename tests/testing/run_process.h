// Test helpers for end-to-end tests: run the built `dyad` binary in a
// directory with posix_spawn, capturing its exit status, stdout and stderr.
//
// Thread safety: one call at a time per test.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace dyad::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  std::string out;
  std::string err;
};

struct ProcessOptions {
  std::string cwd;         // "" for the current directory
  std::string stdin_path;  // "" for /dev/null
  std::vector<std::string> env;  // extra "NAME=value" entries, added to the environment
  std::vector<std::string> unset;  // names removed from the environment
};

inline std::string SlurpFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Starts `argv` (argv[0] is the program path) with stdout and stderr sent to
// the files given; returns the pid, or -1.
inline pid_t Spawn(const std::vector<std::string>& argv, const ProcessOptions& options, const std::string& out_path,
                   const std::string& err_path) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());
  std::string in = options.stdin_path.empty() ? "/dev/null" : options.stdin_path;
  posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string entry(*e);
    std::string name = entry.substr(0, entry.find('='));
    bool drop = false;
    for (const std::string& u : options.unset) drop = drop || name == u;
    for (const std::string& x : options.env) drop = drop || name == x.substr(0, x.find('='));
    if (!drop) env_strings.push_back(entry);
  }
  for (const std::string& x : options.env) env_strings.push_back(x);
  std::vector<char*> envp, args;
  for (std::string& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_copy = argv;
  for (std::string& a : argv_copy) args.push_back(a.data());
  args.push_back(nullptr);

  pid_t pid = -1;
  int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

inline ProcessResult Wait(pid_t pid, const std::string& out_path, const std::string& err_path) {
  ProcessResult r;
  int status = 0;
  if (pid > 0 && waitpid(pid, &status, 0) == pid) {
    if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  }
  r.out = SlurpFile(out_path);
  r.err = SlurpFile(err_path);
  return r;
}

// Runs `argv` to completion. `scratch` is a directory for the captured output.
inline ProcessResult Run(const std::vector<std::string>& argv, const ProcessOptions& options,
                         const std::string& scratch) {
  std::string out = scratch + "/.stdout", err = scratch + "/.stderr";
  pid_t pid = Spawn(argv, options, out, err);
  return Wait(pid, out, err);
}

}  // namespace dyad::testing
