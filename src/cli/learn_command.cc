// `dyad learn`: trains the pair model from annotated sentence sets and
// writes it whole or not at all (a temporary file renamed over the target).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "cli/commands.h"
#include "engine/pair_learning.h"

namespace dyad::cli {
namespace {

bool WriteWhole(const std::string& path, const std::string& text, std::string* error) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      *error = tmp + ": cannot write";
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    *error = path + ": " + ec.message();
    std::filesystem::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace

void AddLearnCommand(CLI::App& app, GlobalOptions& global, Runner* run) {
  CLI::App* cmd = app.add_subcommand(
      "learn", "Train the pair model (data/events/pair_model.tsv) from annotated sentence sets");
  auto sets = std::make_shared<std::vector<std::string>>();
  auto out = std::make_shared<std::string>();
  auto options = std::make_shared<PairTrainingOptions>();
  cmd->add_option("--data", global.data_dir, "Dictionary directory (default: $DYAD_DATA or the built-in one)");
  cmd->add_option("--out", *out, "Model file to write")->required();
  cmd->add_option("--threshold", options->threshold, "Probability at which a root is coded")
      ->check(CLI::Range(0.01, 1.0));
  cmd->add_option("--min-count", options->min_count, "Fewest examples a feature is kept for")->check(CLI::Range(1, 1000));
  cmd->add_option("--l2", options->l2, "Weight decay (L2) per use of a weight")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--epochs", options->epochs, "Passes over the examples")->check(CLI::Range(1, 100));
  cmd->add_option("--rate", options->rate, "Step size of each update")->check(CLI::Range(0.001, 1.0));
  cmd->add_flag("!--last-weights", options->average,
                "Keep the weights of the last step instead of their mean over training");
  cmd->add_option("sets", *sets, "Folders with sentences.jsonl and gold.jsonl")->required();
  cmd->callback([&global, run, sets, out, options] {
    *run = [&global, sets, out, options]() -> int {
      options->comment = "The pair model (src/events/pair_model.h), written by `dyad learn`";
      options->comment += " (scripts/learn.sh) from:";
      for (const std::string& s : *sets) options->comment += "\n  " + s;
      bool problems = false;
      PairLearningStats stats;
      Result<std::string> model = LearnPairModel(global.data_dir, *sets, *options, [&](const std::string& message) {
        std::fprintf(stderr, "dyad learn: %s\n", message.c_str());
        problems = true;
      }, &stats);
      if (!model.ok()) {
        std::fprintf(stderr, "dyad learn: %s\n", model.status().message().c_str());
        return 1;
      }
      std::string error;
      if (!WriteWhole(*out, *model, &error)) {
        std::fprintf(stderr, "dyad learn: %s\n", error.c_str());
        return 1;
      }
      std::fprintf(stderr, "dyad learn: %zu documents, %zu pairs, %zu required roots -> %s\n", stats.documents,
                   stats.examples, stats.positives, out->c_str());
      return problems ? 1 : 0;
    };
  });
}

}  // namespace dyad::cli
