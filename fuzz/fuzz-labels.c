/* libFuzzer harness: the extractor's data files as a clerk may edit them:
 * the input replaces labels.tsv (then land-use.tsv, by its first byte) in a
 * copy of schemas/, and the extractor is loaded and run on one line. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/extract.h"

static char dir[] = "/tmp/fuzz-labels-XXXXXX";

/* Copy schemas/NAME into the fuzzing directory. */
static void
copy(const char *src, const char *name)
{
	char from[4096], to[4096], buf[8192];
	FILE *in, *out;
	size_t n;

	snprintf(from, sizeof(from), "%s/%s", src, name);
	snprintf(to, sizeof(to), "%s/%s", dir, name);
	if ((in = fopen(from, "rb")) == NULL || (out = fopen(to, "wb")) == NULL) {
		if (in != NULL)
			fclose(in);
		return;
	}
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		fwrite(buf, 1, n, out);
	fclose(in);
	fclose(out);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const files[] = { "labels.tsv", "kinds.tsv",
	    "land-use.tsv", "numwords.tsv", "extract.tsv" };
	const char *src = getenv("LANDREC_SCHEMAS");

	(void)argc, (void)argv;
	if (mkdtemp(dir) == NULL)
		abort();
	for (size_t i = 0; i < sizeof(files) / sizeof(*files); i++)
		copy(src ? src : "schemas", files[i]);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *page = "Thửa đất số: 12; Tờ bản đồ số: 3; Diện tích: 1.230,5 m2";
	char path[4096];
	lr_extractor *x;
	FILE *fp;
	lr_err err;

	snprintf(path, sizeof(path), "%s/%s", dir, size > 0 && data[0] == 'L' ?
	    "land-use.tsv" : "labels.tsv");
	if ((fp = fopen(path, "wb")) == NULL)
		return 0;
	fwrite(data, 1, size, fp);
	fclose(fp);
	if ((x = lr_extractor_new(dir, NULL, &err)) != NULL) {
		json_decref(lr_extract_text(x, &page, 1, 0.9, &err));
		lr_extractor_free(x);
	}
	return 0;
}
