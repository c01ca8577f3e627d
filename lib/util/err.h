/* Errors from the library: a message the caller prints and a grade that
 * tells the caller whether to go on; lib/ never prints. */
#ifndef LR_ERR_H
#define LR_ERR_H

#include <stddef.h>

/* How bad an error is (as libarchive's ARCHIVE_FAILED and ARCHIVE_FATAL,
 * mandoc's levels): bad input spoils one file, record or page and the
 * caller reports it and goes on; a system failure (out of memory, an I/O
 * error, a library data file missing or unreadable, a database that cannot
 * be opened) spoils the run and the caller stops. */
typedef enum lr_grade {
	LR_OK = 0,		/* no error */
	LR_BAD_INPUT,		/* set by lr_err_set() */
	LR_SYSTEM		/* set by lr_err_sys() */
} lr_grade;

/* An error kept by the caller (usually on its stack). */
typedef struct lr_err {
	lr_grade grade;
	char msg[512];
} lr_err;

/* Set the message, printf-style, graded bad input.  A NULL err is allowed
 * and ignored. */
void lr_err_set(lr_err *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* As lr_err_set(), graded a system failure. */
void lr_err_sys(lr_err *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Clear the message and the grade. */
void lr_err_clear(lr_err *err);

/* Prefix the current message with printf-style context ("page 3: "); the
 * grade stays. */
void lr_err_prefix(lr_err *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
