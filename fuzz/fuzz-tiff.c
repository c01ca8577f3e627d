/* libFuzzer harness: TIFF bytes through the import decode path (open from
 * memory, describe, decode, measure every page). */
#include <stddef.h>
#include <stdint.h>

#include "image/image.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	lr_page_info pi;
	lr_page_stats st;
	lr_scan *s;
	lr_err err;
	PIX *pix;

	/* A small pixel limit keeps each run fast; big headers are refused. */
	if ((s = lr_scan_open_mem(data, size, 4000000, &err)) == NULL)
		return 0;
	for (int i = 0; i < lr_scan_pages(s) && i < 8; i++) {
		if (lr_scan_info(s, i, &pi, &err) != 0)
			continue;
		if ((pix = lr_scan_decode(s, i, &err)) == NULL)
			continue;
		lr_image_measure(pix, 1, &st, &err);
		pixDestroy(&pix);
	}
	lr_scan_warnings(s);
	lr_scan_close(s);
	return 0;
}
