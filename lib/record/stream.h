/* The record stream: JSON Lines, one document (one decision) per line. */
#ifndef LR_STREAM_H
#define LR_STREAM_H

#include <stdio.h>
#include <jansson.h>

#include "util/util.h"

/* A reader of JSON Lines from one stream; lines may be of any length. */
typedef struct lr_reader lr_reader;

/* Result of lr_reader_next(). */
enum lr_read {
	LR_READ_EOF = 0,	/* no more lines */
	LR_READ_OK = 1,		/* *rec holds a record the caller owns */
	LR_READ_BAD = -1,	/* malformed line skipped; err says why; go on */
	LR_READ_IOERR = -2	/* the stream failed; stop */
};

/* Start reading fp (borrowed, not closed).  Returns NULL only when out of memory. */
lr_reader *lr_reader_new(FILE *fp);

/* Read the next non-blank line.  On LR_READ_OK *rec is a JSON object the caller
 * must json_decref(); on LR_READ_BAD err holds the reason. */
enum lr_read lr_reader_next(lr_reader *r, json_t **rec, lr_err *err);

/* Read the next non-blank line without parsing it: *line (NUL-terminated,
 * valid until the next call) and its length.  Returns LR_READ_OK,
 * LR_READ_EOF, or LR_READ_IOERR with err set.  With lr_record_parse() this
 * lets another thread do the parsing. */
enum lr_read lr_reader_next_line(lr_reader *r, const char **line, size_t *len,
    lr_err *err);

/* Parse one line into a record: LR_READ_OK with *rec a JSON object the
 * caller must json_decref(), or LR_READ_BAD with err set.  Thread-safe. */
enum lr_read lr_record_parse(const char *line, size_t len, json_t **rec,
    lr_err *err);

/* Line number (1-based) of the line last returned. */
size_t lr_reader_lineno(const lr_reader *r);

/* The raw text of the line last returned, without its newline; valid until
 * the next call. */
const char *lr_reader_line(const lr_reader *r, size_t *len);

/* Free the reader (not the stream). */
void lr_reader_free(lr_reader *r);

/* Write rec as one line to fp.  Returns 0, or -1 with err set. */
int lr_record_write(FILE *fp, const json_t *rec, lr_err *err);

/* The record's "id" string, or "" when it has none. */
const char *lr_record_id(const json_t *rec);

/* Set key in obj to a new string that is the NFC form of s (NULL s sets null).
 * Returns 0, or -1 when s is not valid UTF-8. */
int lr_json_set_str(json_t *obj, const char *key, const char *s);

#endif
