/* Graded error messages kept by the caller. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "err.h"

/* Set err's grade and message. */
static void
set(lr_err *err, lr_grade grade, const char *fmt, va_list ap)
{
	if (err == NULL)
		return;
	err->grade = grade;
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
}

void
lr_err_set(lr_err *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set(err, LR_BAD_INPUT, fmt, ap);
	va_end(ap);
}

void
lr_err_sys(lr_err *err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	set(err, LR_SYSTEM, fmt, ap);
	va_end(ap);
}

void
lr_err_clear(lr_err *err)
{
	if (err != NULL) {
		err->grade = LR_OK;
		err->msg[0] = '\0';
	}
}

void
lr_err_prefix(lr_err *err, const char *fmt, ...)
{
	char old[sizeof(err->msg)];
	va_list ap;
	int n;

	if (err == NULL)
		return;
	memcpy(old, err->msg, sizeof(old));
	va_start(ap, fmt);
	n = vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < sizeof(err->msg))
		memcpy(err->msg + n, old, sizeof(err->msg) - (size_t)n - 1);
	err->msg[sizeof(err->msg) - 1] = '\0';
}
