// The verbs of the bilat command line. Each is a small *_main.cc over the libraries; main.cc only
// dispatches. Every verb returns the process exit status: 0 all inputs read, 1 some skipped (each
// with a diagnostic on stderr), 2 bad usage or a fatal error.
#pragma once

namespace bilat::cli {

int BuildMain(int argc, char** argv);    // bilat build INPUT... -o OUTDIR [--pair A,B] [--kb FILE]
int ExtractMain(int argc, char** argv);  // bilat extract INPUT... -o FACTS.jsonl [--kb FILE]
int MergeMain(int argc, char** argv);    // bilat merge FACTS.jsonl... -o OUTDIR [--pair A,B]
int KbMain(int argc, char** argv);       // bilat kb stats | bilat kb lookup NAME [--date D]

}  // namespace bilat::cli
