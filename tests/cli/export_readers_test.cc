// The exports load in the tools analysts use: Python's csv module, pandas and
// R's readr (each skipped, with a message, where it is not installed;
// scripts/install-deps.sh installs pandas and readr from Debian's packages).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "testing/run_process.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

class ExportReadersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(Run({DYAD_BINARY, "ingest", "--quiet", "--db", Path("s.db"), DYAD_SOURCE_DIR "/data/samples"}).exit_code, 0);
    ProcessResult csv = Run({DYAD_BINARY, "events", "--db", Path("s.db"), "--format", "csv"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    std::ofstream(Path("events.csv")) << csv.out;
    ProcessResult gdelt = Run({DYAD_BINARY, "events", "--db", Path("s.db"), "--format", "gdelt"});
    ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
    std::ofstream(Path("events.gdelt.tsv")) << gdelt.out;
    ProcessResult header = Run({DYAD_BINARY, "events", "--db", Path("s.db"), "--format", "gdelt", "--header"});
    ASSERT_EQ(header.exit_code, 0) << header.err;
    columns_ = header.out.substr(0, header.out.find('\n'));
    rows_ = 0;
    for (char c : gdelt.out) rows_ += c == '\n';
    ASSERT_GT(rows_, 10) << "the sample corpus codes events";
  }
  std::string Path(const std::string& name) { return dir_.Path(name); }
  ProcessResult Run(const std::vector<std::string>& argv) {
    ProcessOptions options;
    options.unset.push_back("DYAD_DATA");
    return testing::Run(argv, options, scratch_.path());
  }
  // Runs a script with `interpreter`; skips when the interpreter or its
  // library is missing (exit 77 from the script).
  void Script(const std::string& interpreter, const std::string& file, const std::string& text) {
    std::ofstream(Path(file)) << text;
    ProcessResult r = Run({interpreter, Path(file), Path("events.csv"), Path("events.gdelt.tsv"),
                           std::to_string(rows_), columns_});
    if (r.exit_code == 77 || (r.exit_code == -1 && r.out.empty())) GTEST_SKIP() << interpreter << ": " << r.err;
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.out, "ok\n") << r.err;
  }
  TempDir dir_;
  TempDir scratch_;
  std::string columns_;
  int rows_ = 0;
};

TEST_F(ExportReadersTest, PythonsCsvModule) {
  Script("/usr/bin/python3", "csv_module.py", R"(import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
assert len(rows) == int(sys.argv[3]), len(rows)
assert all(r['date'] and r['cameo'] and r['event_id'].startswith('ev-') for r in rows)
assert all(len(r) == 35 and None not in r for r in rows)
gdelt = list(csv.reader(open(sys.argv[2], newline='', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
assert all(len(r) == 61 for r in gdelt)
print('ok')
)");
}

TEST_F(ExportReadersTest, Pandas) {
  Script("/usr/bin/python3", "pandas_reader.py", R"(import sys
try:
    import pandas as pd
except ImportError:
    print('pandas is not installed (apt-get install python3-pandas)', file=sys.stderr)
    sys.exit(77)
import csv
rows = int(sys.argv[3])
names = sys.argv[4].split('\t')
ours = pd.read_csv(sys.argv[1], dtype={'cameo': str, 'base_code': str, 'root': str})
assert len(ours) == rows, len(ours)
assert ours['cameo'].str.match(r'^\d{3,4}$').all()
assert pd.to_datetime(ours['date'], format='%Y-%m-%d').notna().all()
# Places: numbers where the gazetteer has a point, empty (NaN) elsewhere.
assert pd.api.types.is_float_dtype(ours['lat']) and ours['lat'].notna().any()
assert ours['lat'].dropna().between(-90, 90).all() and ours['lon'].dropna().between(-180, 180).all()
g = pd.read_csv(sys.argv[2], sep='\t', header=None, names=names, quoting=csv.QUOTE_NONE,
                dtype={'EventCode': str, 'EventBaseCode': str, 'EventRootCode': str})
assert len(g) == rows and len(g.columns) == 61
assert g['SQLDATE'].astype(str).str.fullmatch(r'\d{8}').all()
assert (g['GLOBALEVENTID'] < 2**53).all()
assert pd.api.types.is_float_dtype(g['ActionGeo_Lat']) and g['ActionGeo_Lat'].notna().any()
placed = g[g['ActionGeo_Lat'].notna()]
assert placed['ActionGeo_Type'].isin([2, 3, 4, 5]).all()
assert placed['ActionGeo_CountryCode'].dropna().str.fullmatch(r'[A-Z]{2}').all()
print('ok')
)");
}

TEST_F(ExportReadersTest, RReadr) {
  if (!std::filesystem::exists("/usr/bin/Rscript")) GTEST_SKIP() << "R is not installed (apt-get install r-cran-readr)";
  Script("/usr/bin/Rscript", "readr_reader.R", R"(args <- commandArgs(trailingOnly = TRUE)
if (!requireNamespace("readr", quietly = TRUE)) { message("readr is not installed"); quit(status = 77) }
rows <- as.integer(args[3])
ours <- readr::read_csv(args[1], show_col_types = FALSE, col_types = readr::cols(.default = "c"))
stopifnot(nrow(ours) == rows, ncol(ours) == 35, nrow(readr::problems(ours)) == 0)
g <- readr::read_tsv(args[2], col_names = strsplit(args[4], "\t")[[1]], quote = "",
                     col_types = readr::cols(.default = "c"), show_col_types = FALSE)
stopifnot(nrow(g) == rows, ncol(g) == 61, nrow(readr::problems(g)) == 0, all(grepl("^[0-9]{8}$", g$SQLDATE)))
cat("ok\n")
)");
}

}  // namespace
}  // namespace dyad
