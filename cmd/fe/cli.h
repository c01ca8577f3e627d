/* Front-end helpers shared by the commands: diagnostics, exit status, atomic
 * output files, progress, and the record-reading loop.  Not part of lib/. */
#ifndef CLI_H
#define CLI_H

#include <stdio.h>
#include <jansson.h>

#include "text/text.h"

/* Exit statuses of every command (man/landrec.7): 0 ok; 1 bad input,
 * reported, the run went on; 2 usage; 3 a system failure stopped the run;
 * 130 and 143 interrupted. */
enum { CLI_OK = 0, CLI_DATAERR = 1, CLI_USAGE = 2, CLI_SYSERR = 3 };

/* The long options every command has, in its getopt_long() table: -q,
 * -h and -V.  Each command handles them with cli_quiet(), its help text and
 * cli_version(). */
#define CLI_COMMON_LONGOPTS \
	{ "quiet", no_argument, NULL, 'q' }, \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, 'V' }

/* Name the program for diagnostics and install the signal handlers that
 * remove unfinished output files on SIGINT, SIGTERM and SIGHUP. */
void cli_init(const char *prog);

/* The program name given to cli_init(). */
const char *cli_prog(void);

/* "prog: message" on stderr. */
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* As cli_warn(), and the exit status becomes 1. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* "prog: message" on stderr and exit 3 now: a system failure (out of
 * memory, an output that cannot be written). */
void cli_fatal(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

/* "prog: message" for a library error: exit 3 now when err is graded a
 * system failure, else exit 1 now (bad input the run cannot go on without). */
void cli_stop(const lr_err *err) __attribute__((noreturn));

/* "prog: message" for a library error in one input (give it context with
 * lr_err_prefix()): exit 3 now when err is graded a system failure, else as
 * cli_error(): the run goes on. */
void cli_report(const lr_err *err);

/* The exit status so far: 0, or 1 after any cli_error(). */
int cli_status(void);

/* Print "prog (landrec) VERSION" on stdout and exit 0. */
void cli_version(void) __attribute__((noreturn));

/* Print "usage: ..." to stderr and exit 2. */
void cli_usage_error(const char *usage) __attribute__((noreturn));

/* Close stdout, report a failed write as a system failure (status 3);
 * returns the exit status. */
int cli_finish(void);

/* Be quiet (-q): cli_note() and progress print nothing. */
void cli_set_quiet(int quiet);
int cli_quiet(void);

/* "prog: message" on stderr unless quiet: summaries and notes. */
void cli_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* An output file written atomically: a temporary file beside the target,
 * renamed over it by cli_out_commit().  A NULL or "-" path means stdout; an
 * existing target that is not a regular file (/dev/null, a FIFO) is written
 * in place, never replaced. */
typedef struct cli_out cli_out;

/* Open path for writing with permission mode (e.g. 0600).  Exits 1 with a
 * message when the file cannot be created. */
cli_out *cli_out_open(const char *path, int mode);

/* The stream to write to. */
FILE *cli_out_fp(cli_out *o);

/* The temporary file's path, for a library that writes the file by its
 * name (then commit without writing to the stream); the target itself when
 * written in place; NULL for stdout. */
const char *cli_out_temp(const cli_out *o);

/* Flush, sync, close and rename into place (or flush stdout).  Returns 0, or
 * -1 after printing an error; the temporary file is removed on failure. */
int cli_out_commit(cli_out *o);

/* Remove the temporary file unfinished (stdout: nothing). */
void cli_out_abort(cli_out *o);

/* Progress on stderr: an updating line when stderr is a terminal, one line
 * every `every` items when forced (--progress), nothing when quiet. */
void cli_progress_force(int every);
void cli_progress_start(const char *what, long total);
void cli_progress_tick(long done);
void cli_progress_end(void);

/* Where malformed input lines go (--rejects FILE): NULL for nowhere. */
void cli_set_rejects(cli_out *o);

/* Write a rejected record or raw line with its reasons to the rejects file,
 * if any: {"reasons": [...], "record": ...} or {"reasons": [...], "line": "..."}.
 * cli_reject_record() takes reasons and unblock (the correction-sheet rows
 * that would unblock the record, written as "unblock" when not NULL). */
void cli_reject_line(const char *file, size_t lineno, const char *line,
    const char *reason);
void cli_reject_record(const json_t *rec, json_t *reasons, json_t *unblock);

/* Called for each record read; the callback owns rec.  Returns 0 to go on,
 * -1 to stop reading (a fatal output error). */
typedef int (*cli_record_fn)(json_t *rec, void *ctx);

/* Read records from each file in argv (argc may be 0: stdin; "-" is stdin),
 * call fn for each.  Malformed lines are reported as "prog: file:line: why",
 * written to the rejects file, and set the exit status to 1.  Returns -1 when
 * fn asked to stop, else 0. */
int cli_read_records(int argc, char **argv, cli_record_fn fn, void *ctx);

/* Where the record being handled by a cli_record_fn came from: "file:line"
 * ("<stdin>:12"); "" outside cli_read_records(). */
const char *cli_record_where(void);

/* The positive whole number s given to option opt; a bad one is a usage
 * error (prints usage and exits 2). */
unsigned long long cli_number(const char *s, const char *opt,
    const char *usage);

/* The directory of landrec's schemas (labels, code lists, XML Schema): opt
 * when given, else the first of $LANDREC_SCHEMAS and the schemas/ beside
 * the program that holds the file probe (share/landrec/schemas of the installed tree, or
 * schemas/ of the source tree it was built in), else the compiled-in
 * LR_DATADIR/schemas.  The caller frees the result. */
char *cli_data_dir(const char *opt, const char *probe);

/* The reference data files of data/, by their names there. */
#define CLI_UNITS_FILE		"admin-units.csv"
#define CLI_UNITS_MAP_FILE	"commune-map.csv"
#define CLI_NAMES_DIR		"names"

/* The path of the reference data file name: opt when given ("" means none:
 * NULL), else name in the first of $LANDREC_DATA and the data/ beside the
 * program (as for cli_data_dir()) that holds it, else in LR_DATADIR/data.  NULL, after a warning,
 * when the file is not there.  The caller frees the result. */
char *cli_ref_path(const char *opt, const char *name);

/* The administrative units of the unit list and the commune map, each
 * given by its option (NULL: the default file; "": none) and found by
 * cli_ref_path(); NULL when neither is to be had.  A file that cannot be
 * read is fatal.  The caller frees the result with lr_units_free(). */
lr_units *cli_units_open(const char *list, const char *map);

/* The given-name lists of dir (NULL: the default names/; "": none), for
 * telling sex from a name; NULL when none.  The caller frees the result
 * with lr_names_free(). */
lr_names *cli_names_open(const char *dir);

/* The --province operand code when it is two digits; otherwise a usage
 * error (usage printed, exit 2). */
const char *cli_province(const char *code, const char *usage);

/* Write rec as one line on fp; a failed write is fatal. */
void cli_write_record(FILE *fp, const json_t *rec);


/* A growing list of strings (paths). */
typedef struct cli_list {
	char **v;
	size_t n, cap;
} cli_list;

/* Append a copy of s. */
void cli_list_add(cli_list *l, const char *s);
void cli_list_free(cli_list *l);

/* The scan files named by argv: files as given, directories searched
 * recursively for *.tif, *.tiff, *.pdf, *.jpg, *.jpeg and *.png (any case)
 * in byte order; with no
 * arguments or "-", paths are read from stdin one per line.  Unreadable
 * operands are reported as errors. */
void cli_tiff_paths(int argc, char **argv, cli_list *out);

/* A document: the files of its pages, in order, and its id. */
typedef struct cli_doc {
	char **files;
	int nfiles;
	char *id;
} cli_doc;

/* Make documents of paths: one a file, or with group, files named
 * STEM_N.tif or STEM-N.tif joined in numeric order.  Ids are the file (or
 * STEM) names without extension, made unique with "-2", "-3"...  The caller
 * frees with cli_docs_free(). */
cli_doc *cli_make_docs(const cli_list *paths, int group, size_t *ndocs);
void cli_docs_free(cli_doc *docs, size_t n);

#endif
