/* Scan formats other than TIFF: a file's format told from its first
 * bytes, and the file handed to its reader (pdf.c, picture.c). */
#include <stdio.h>
#include <string.h>

#include "input.h"
#include "pdf.h"
#include "picture.h"

#define SNIFF 1024

/* The format of the first n bytes of a file: "pdf", "jpeg", "png" or NULL.
 * A PDF header may follow some junk, as PDF readers allow. */
static const char *
sniff(const unsigned char *b, size_t n)
{
	static const unsigned char png[8] = { 0x89, 'P', 'N', 'G', '\r', '\n',
	    0x1a, '\n' };

	if (n >= 3 && b[0] == 0xff && b[1] == 0xd8 && b[2] == 0xff)
		return "jpeg";
	if (n >= 8 && memcmp(b, png, 8) == 0)
		return "png";
	if (memmem(b, n, "%PDF-", 5) != NULL)
		return "pdf";
	return NULL;
}

/* The format of the file at path, NULL when it cannot be read. */
static const char *
sniff_file(const char *path)
{
	unsigned char b[SNIFF];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (f == NULL)
		return NULL;
	n = fread(b, 1, sizeof(b), f);
	fclose(f);
	return sniff(b, n);
}

int
lr_input_open(const char *path, const void *buf, size_t len,
    uint64_t max_pixels, const lr_input_ops **ops, void **h, lr_err *err)
{
	const char *fmt = path != NULL ? sniff_file(path) :
	    sniff(buf, len < SNIFF ? len : SNIFF);

	if (fmt == NULL)
		return 0;
	if (strcmp(fmt, "pdf") == 0) {
		*ops = &lr_pdf_ops;
		*h = lr_pdf_open(path, buf, len, max_pixels, err);
	} else {
		*ops = &lr_picture_ops;
		*h = lr_picture_open(path, buf, len, fmt, max_pixels, err);
	}
	return *h != NULL ? 1 : -1;
}
