/* Errors from the library: a message the caller prints; lib/ never prints. */
#ifndef LR_ERR_H
#define LR_ERR_H

#include <stddef.h>

/* An error message kept by the caller (usually on its stack). */
typedef struct lr_err {
	char msg[512];
} lr_err;

/* Set the message, printf-style.  A NULL err is allowed and ignored. */
void lr_err_set(lr_err *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Clear the message. */
void lr_err_clear(lr_err *err);

/* Prefix the current message with printf-style context ("page 3: "). */
void lr_err_prefix(lr_err *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
