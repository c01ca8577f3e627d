/* Error messages kept by the caller. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "err.h"

void
lr_err_set(lr_err *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
}

void
lr_err_clear(lr_err *err)
{
	if (err != NULL)
		err->msg[0] = '\0';
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
