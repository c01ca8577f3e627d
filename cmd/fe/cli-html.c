/* Front-end helper: HTML pages written atomically. */
#include "cli.h"
#include "cli-html.h"

int
cli_html_write(const char *path, int mode, lr_html *h)
{
	cli_out *o = cli_out_open(path, mode);
	lr_err err;

	if (lr_html_write(h, cli_out_fp(o), &err) != 0) {
		lr_err_prefix(&err, "'%s': ", path);
		cli_report(&err);
		cli_out_abort(o);
		return -1;
	}
	return cli_out_commit(o);
}
