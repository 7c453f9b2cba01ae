// LoadCodedStories (include/dyad/dyad.h): `dyad load`, the writer half of
// `dyad ingest` for stories coded elsewhere (scripts/dask_ingest.py).
#include <fcntl.h>
#include <unistd.h>

#include "dyad/dyad.h"
#include "engine/batch_writer.h"
#include "engine/coded_story.h"
#include "util/file_io.h"
#include "util/line_reader.h"

namespace dyad {
namespace {

// A coded story holds its text twice (as written and folded) and its
// records: four times the 16 MB story limit is room enough.
constexpr size_t kMaxCodedStoryBytes = 64 << 20;

}  // namespace

Result<IngestStats> LoadCodedStories(const std::string& db_path, const std::vector<std::string>& paths,
                                     const std::function<void(const IngestProblem&)>& on_problem,
                                     const std::function<void(const IngestProgress&)>& on_progress) {
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(db_path, /*create=*/true);
  if (!store.ok()) return store.status();
  BatchWriter writer(store->get(), on_problem, on_progress);
  for (const std::string& path : paths) {
    const bool is_stdin = path == "-";
    const std::string origin = is_stdin ? "stdin" : path;
    UniqueFd fd;
    if (!is_stdin) {
      Result<UniqueFd> opened = OpenForReading(path, FifoWriterTimeout());
      if (!opened.ok()) {
        writer.Report({path, opened.status().message(), true});
        continue;
      }
      fd = std::move(opened).value();
    }
    size_t stories = 0;
    Status read = ReadLines(
        is_stdin ? STDIN_FILENO : fd.get(), origin, kMaxCodedStoryBytes,
        [&](std::string_view line, size_t number) {
          if (writer.failed() || line.find_first_not_of(" \t") == std::string_view::npos) return;
          Result<AnalyzedDocument> story = ParseCodedStory(line);
          if (!story.ok()) {
            writer.Report({origin + ":" + std::to_string(number), story.status().message(), true});
            return;
          }
          ++stories;
          PrepareForStore(&*story);
          writer.Write(*story, /*unchanged=*/false, story->doc.text.size());
        },
        [&](size_t number) {
          writer.Report({origin + ":" + std::to_string(number),
                         "line longer than " + SizeForPeople(kMaxCodedStoryBytes) + ": skipped", true});
        });
    if (!read.ok()) writer.Report({origin, read.message(), true});
    if (read.ok() && stories == 0 && !writer.failed()) writer.Report({origin, "no coded stories", false});
  }
  Status s = writer.Finish();
  if (!s.ok()) return s;
  return writer.stats();
}

}  // namespace dyad
