/* Vietnamese text: NFC, case and tone folding, word splitting (utf8proc). */
#ifndef LR_VNTEXT_H
#define LR_VNTEXT_H

#include <stddef.h>

/* All functions return a new NUL-terminated string the caller frees, or NULL
 * when the input is not valid UTF-8 (or memory ran out). */

/* NFC form of s. */
char *lr_nfc(const char *s);

/* Lower case (case-folded), NFC, tone marks kept: "Hòa" -> "hòa". */
char *lr_lower(const char *s);

/* Lower case with the five tone marks removed but vowel shapes kept (ă â ê ô
 * ơ ư đ; ð read as đ): "Nguyễn" -> "nguyên".  Unifies "Hoà"/"Hòa". */
char *lr_toneless(const char *s);

/* The spelling of s without regard to case or where a tone mark sits: lower
 * case without tone marks (as lr_toneless), each space-separated syllable
 * followed by the digit of its tone when it has one: "Hoà" and "hòa" ->
 * "hoa1", "Ảng" -> "ăng4".  Two words spell alike when their keys are
 * equal. */
char *lr_tonekey(const char *s);

/* Lower-case ASCII skeleton: every mark removed, đ (and ð, which OCR reads
 * for it) -> d: "Đặng" -> "dang". */
char *lr_ascii(const char *s);

/* Title case each space-separated syllable, NFC, runs of white space folded
 * to one space and trimmed: "giàng  a PÁO" -> "Giàng A Páo". */
char *lr_title(const char *s);

/* s in the case of model: upper case when model's letters are all capitals
 * (at least one), title case when only its first letter is, else lower
 * case.  "ủy" as "ÚY" -> "ỦY", as "Úy" -> "Ủy". */
char *lr_case_as(const char *s, const char *model);

/* 1 when s mixes capitals and small letters as no word is written: a
 * capital after a small letter, or two capitals with small letters
 * ("MƯỜng", "cÔt", "phƯỜng"); else 0.  "Mường", "MƯỜNG", "QĐ" are not. */
int lr_case_odd(const char *s);

/* The number of letters and digits in s (UTF-8; stops at invalid bytes). */
int lr_alnums(const char *s);

/* 1 when s is valid UTF-8 of n bytes with no control characters other than
 * tab, newline and carriage return; else 0. */
int lr_utf8_clean(const char *s, size_t n);

#endif
