/* Front-end helper: writing an HTML page (lib/html.h) to a file. */
#ifndef CLI_HTML_H
#define CLI_HTML_H

#include "review/review.h"

/* Write page h to path atomically with permission mode; a failure is
 * reported with cli_error().  Returns 0, or -1. */
int cli_html_write(const char *path, int mode, lr_html *h);

#endif
