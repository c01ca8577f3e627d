/* Reading CSV files (RFC 4180, through libcsv) in UTF-8 or a legacy
 * Vietnamese encoding (through iconv), as rows of NFC fields with the line
 * number each row starts on. */
#ifndef LR_CSVIN_H
#define LR_CSVIN_H

#include <stddef.h>

#include "util/util.h"

/* An open CSV file. */
typedef struct lr_csvin lr_csvin;

/* What lr_csvin_next() found. */
enum lr_csv_read {
	LR_CSV_EOF = 0,		/* no more rows */
	LR_CSV_ROW = 1,		/* a row */
	LR_CSV_BAD = -1,	/* a row that is not valid text; err says why */
	LR_CSV_FAIL = -2	/* reading failed; err says why; stop */
};

/* Open path.  encoding is NULL or "auto" (UTF-8, a byte-order mark
 * skipped, when the file starts as valid UTF-8, else Windows-1258), or an
 * iconv name ("UTF-8", "WINDOWS-1258", "TCVN5712-1"...).  Returns NULL with
 * err set when the file cannot be opened or the encoding is unknown. */
lr_csvin *lr_csvin_open(const char *path, const char *encoding, lr_err *err);

/* Read fields separated by delim (',', ';', '\t', '|'...) instead of
 * commas; 0 guesses it from the first lines: the candidate of , ; TAB |
 * found the same number of times on the most lines.  Call before the first
 * lr_csvin_next().  Returns the delimiter in use. */
int lr_csvin_set_delim(lr_csvin *c, int delim);

/* The encoding in use (borrowed from c). */
const char *lr_csvin_encoding(const lr_csvin *c);

/* Read the next row: *fields points to *n NUL-terminated NFC strings that
 * stay valid until the next call; *line is the line the row starts on
 * (1-based).  Blank lines are skipped.  Returns an lr_csv_read. */
enum lr_csv_read lr_csvin_next(lr_csvin *c, char ***fields, size_t *n,
    long *line, lr_err *err);

/* Find the columns named want[0..nwant-1] in the header row hdr[0..n-1]
 * (compared without case; a name of NULL is not looked for): idx[i] becomes
 * the column of want[i], or -1 when it is absent.  Returns 0, or -1 with
 * err set when a name in want[0..nrequired-1] is absent or a name occurs
 * twice in the header. */
int lr_csv_columns(char *const *hdr, size_t n, const char *const *want,
    int nwant, int nrequired, int *idx, lr_err *err);

/* Close the file and free c. */
void lr_csvin_close(lr_csvin *c);

#endif
