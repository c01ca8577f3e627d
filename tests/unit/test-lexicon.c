/* Unit tests of lib/ocr/lexicon.c: the marks OCR misread in known phrases are
 * restored, in the words' own case and punctuation, and nothing else is
 * touched: not a lone word, not a phrase most of whose words differ, not
 * letters, not when two phrases fit as well, never taking marks away. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "ocr/ocr.h"

static lr_lexicon *
lexicon(const char *const *phrases)
{
	lr_lexicon *lx;

	assert_non_null(lx = lr_lexicon_new());
	for (; *phrases != NULL; phrases++)
		assert_int_equal(lr_lexicon_add(lx, *phrases), 0);
	assert_int_equal(lr_lexicon_finish(lx), 0);
	return lx;
}

/* text (lines at \n, words at spaces) as restored by lx, lines joined by
 * \n again; *n the words rewritten.  Static result. */
static const char *
restore(const lr_lexicon *lx, const char *text, int *n)
{
	static char out[1024];
	char *copy = strdup(text), *save = NULL;
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = lr_words_add_page(d, 1, 1000, 1000);

	for (char *l = strtok_r(copy, "\n", &save); l != NULL;
	    l = strtok_r(NULL, "\n", &save)) {
		lr_line *ln = lr_words_add_line(p, 0, 0, 10, 10);
		char *wsave = NULL;
		for (char *w = strtok_r(l, " ", &wsave); w != NULL;
		    w = strtok_r(NULL, " ", &wsave))
			assert_non_null(lr_words_add_word(ln, w, 90, 0, 0, 1, 1));
	}
	*n = lr_lexicon_restore(lx, p);
	out[0] = '\0';
	for (int i = 0; i < p->nlines; i++) {
		char *t = lr_line_text(&p->lines[i]);
		strcat(strcat(out, i ? "\n" : ""), t);
		free(t);
	}
	lr_words_free(d);
	free(copy);
	return out;
}

static void
check(const lr_lexicon *lx, const char *in, const char *want, int nwant)
{
	int n;

	assert_string_equal(restore(lx, in, &n), want);
	assert_int_equal(n, nwant);
}

static void
test_restore(void **state)
{
	static const char *const ph[] = { "ủy ban nhân dân", "chủ tịch",
	    "Huyện Nậm Pồ", "ủy viên thường trực", "Xã Mường Thín",
	    "bê tông cốt thép", NULL };
	lr_lexicon *lx = lexicon(ph);

	(void)state;
	check(lx, "ÚY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN", 1);
	check(lx, "giúp Úy ban nhân dân tỉnh", "giúp Ủy ban nhân dân tỉnh", 1);
	check(lx, "TM. ÚY BAN NHÂN DÂN\nKT. CHÚ TỊCH",
	    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", 2);
	/* across lines, punctuation kept */
	check(lx, "Phó Chủ tịch Úy\nban nhân dân;", "Phó Chủ tịch Ủy\nban nhân dân;",
	    1);
	check(lx, "xã Na Sang, huyện Nậm Pô, tỉnh", "xã Na Sang, huyện Nậm Pồ, tỉnh",
	    1);
	check(lx, "HUYỆN NẬM PÔ", "HUYỆN NẬM PỒ", 1);
	check(lx, "- (Úy viên thường trực);", "- (Ủy viên thường trực);", 1);
	/* a word in an odd mix of cases takes its first letter's */
	check(lx, "bản Na Sang, xã MƯỜng Thín,", "bản Na Sang, xã Mường Thín,", 1);
	check(lx, "Bê tông cÔt thép", "Bê tông cốt thép", 1);
	check(lx, "XÃ MƯỜNG THÍN", "XÃ MƯỜNG THÍN", 0);
	/* already right: nothing to do */
	check(lx, "Ủy ban nhân dân huyện Nậm Pồ", "Ủy ban nhân dân huyện Nậm Pồ",
	    0);
	lr_lexicon_free(lx);
}

static void
test_untouched(void **state)
{
	static const char *const ph[] = { "ủy ban nhân dân", "Huyện Nậm Pồ",
	    "Xã Tân Lập", "Xã Tân Lạp", "ban nhan", "hòa bình", "năm sinh",
	    NULL };
	lr_lexicon *lx = lexicon(ph);

	(void)state;
	/* a word of a name; punctuation within a phrase that has none */
	check(lx, "ông Chu Văn Nam sinh năm", "ông Chu Văn Nam sinh năm", 0);
	check(lx, "Lò Văn Nam, sinh", "Lò Văn Nam, sinh", 0);
	check(lx, "ÚY, BAN NHÂN DÂN", "ÚY, BAN NHÂN DÂN", 0);
	/* a word alone */
	check(lx, "ÚY", "ÚY", 0);
	check(lx, "Úy viên", "Úy viên", 0);
	/* more than half the words differ */
	check(lx, "UY BAN NHAN DAN", "UY BAN NHAN DAN", 0);
	/* a letter differs */
	check(lx, "HUYỆN NẬM ĐỒ", "HUYỆN NẬM ĐỒ", 0);
	/* two phrases fit as well; one fits exactly */
	check(lx, "xã Tân Lấp", "xã Tân Lấp", 0);
	check(lx, "xã Tân Lạp", "xã Tân Lạp", 0);
	/* never take marks away */
	check(lx, "bàn nhan", "bàn nhan", 0);
	/* where a tone mark sits is no error */
	check(lx, "Hoà Bình", "Hoà Bình", 0);
	/* but a phrase word after a word in small letters is restored */
	check(lx, "ghi Nam sinh 1950", "ghi Năm sinh 1950", 1);
	check(lx, "", "", 0);
	lr_lexicon_free(lx);
}

static void
test_files(void **state)
{
	static const char *const one[] = { "chủ tịch", NULL };
	static const char *const two[] = { "chủ tịch", "ủy viên", NULL };
	char path[] = "/tmp/test-lexicon-XXXXXX";
	lr_lexicon *lx = lexicon(one), *ly = lexicon(two), *lz;
	lr_err err;
	FILE *fp;
	int fd, n;

	(void)state;
	assert_string_not_equal(lr_lexicon_signature(lx),
	    lr_lexicon_signature(ly));
	assert_int_equal(strlen(lr_lexicon_signature(lx)), 16);
	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(fp = fdopen(fd, "w"));
	fputs("# labels\nissuer\tủy ban nhân dân\ndecision.number\tsố\n\n"
	    "section.sign\tphó chủ tịch\n", fp);
	fclose(fp);
	assert_non_null(lz = lr_lexicon_new());
	assert_int_equal(lr_lexicon_add_file(lz, path, 1, &err), 0);
	assert_int_equal(lr_lexicon_finish(lz), 0);
	assert_string_equal(restore(lz, "PHÓ CHÚ TỊCH ÚY BAN NHÂN DÂN Sô", &n),
	    "PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN Sô");
	assert_int_equal(n, 2);
	unlink(path);
	assert_int_equal(lr_lexicon_add_file(lz, path, 0, &err), -1);
	assert_non_null(strstr(err.msg, "cannot open"));
	assert_int_equal(lr_lexicon_add(lz, "bad \xc3 phrase"), -1);
	lr_lexicon_free(lx);
	lr_lexicon_free(ly);
	lr_lexicon_free(lz);
	lr_lexicon_free(NULL);
}

/* The names of the shared unit list. */
static void
test_units(void **state)
{
	const char *top = getenv("LANDREC_TOP");
	char path[4096];
	lr_lexicon *lx;
	lr_units *u;
	lr_err err;
	int n;

	(void)state;
	snprintf(path, sizeof(path), "%s/data/admin-units.csv",
	    top ? top : ".");
	if ((u = lr_units_load(path, &err)) == NULL)
		skip();
	assert_non_null(lx = lr_lexicon_new());
	assert_int_equal(lr_lexicon_add_units(lx, u), 0);
	assert_int_equal(lr_lexicon_finish(lx), 0);
	assert_string_equal(restore(lx, "UBND TÍNH LAI CHÂU\nHUYỆN NẬM PÔ", &n),
	    "UBND TỈNH LAI CHÂU\nHUYỆN NẬM PỒ");
	assert_int_equal(n, 2);
	lr_lexicon_free(lx);
	lr_units_free(u);
}

/* lr_lexicon_restore_marked() marks the words it rewrote by their place
 * in reading order, across lines, and no other. */
static void
test_marked(void **state)
{
	static const char *const ph[] = { "ủy ban nhân dân", "chủ tịch", NULL };
	lr_lexicon *lx = lexicon(ph);
	lr_doc_words *d = lr_words_new();
	lr_page_words *p = lr_words_add_page(d, 1, 1000, 1000);
	static const char *const l1[] = { "TM.", "ÚY", "BAN", "NHÂN", "DÂN" };
	static const char *const l2[] = { "KT.", "CHÚ", "TỊCH", "Lò", "Văn" };
	unsigned char changed[10] = { 0 };
	lr_line *ln;

	(void)state;
	ln = lr_words_add_line(p, 0, 0, 10, 10);
	for (int i = 0; i < 5; i++)
		assert_non_null(lr_words_add_word(ln, l1[i], 90, 0, 0, 1, 1));
	ln = lr_words_add_line(p, 0, 20, 10, 10);
	for (int i = 0; i < 5; i++)
		assert_non_null(lr_words_add_word(ln, l2[i], 90, 0, 0, 1, 1));
	assert_int_equal(lr_lexicon_restore_marked(lx, p, changed), 2);
	for (int i = 0; i < 10; i++)
		assert_int_equal(changed[i], i == 1 || i == 6);
	assert_string_equal(p->lines[0].words[1].text, "ỦY");
	assert_string_equal(p->lines[1].words[1].text, "CHỦ");
	lr_words_free(d);
	lr_lexicon_free(lx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_restore),
		cmocka_unit_test(test_untouched),
		cmocka_unit_test(test_marked),
		cmocka_unit_test(test_files),
		cmocka_unit_test(test_units),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
