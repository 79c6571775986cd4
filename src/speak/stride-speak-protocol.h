/* stride-speak-protocol.h — how the media module talks to stride-speak, its speech helper
 *
 * espeak-ng 1.51 (Debian 12) reads uninitialised memory in its Spanish rules, and a
 * synthesiser that misbehaves must never take the app down: stride-speak runs espeak-ng
 * in a process of its own. The module starts it on the first sentence and keeps it.
 *
 * Requests, on the helper's standard input: one line each, fields separated by tabs
 * (the text never holds a tab or a line break):
 *
 *   say   TAB language TAB words-per-minute TAB text   sound frames, then DONE or ERROR
 *   voice TAB language                                 DONE, or ERROR (no voice)
 *   stop                                               cuts the "say" under way: DONE
 *
 * Replies, on its standard output: frames of a header (two native-endian guint32: kind
 * and payload size in bytes) and the payload. AUDIO carries signed 16-bit mono samples
 * at STRIDE_SPEAK_SAMPLE_RATE, about 50 ms each; ERROR a guint32 StrideSpeakError and
 * a UTF-8 message. A "stop" that comes after its sentence ended is ignored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* espeak-ng always speaks at this rate. */
#define STRIDE_SPEAK_SAMPLE_RATE 22050

/* A frame larger than this is a broken helper, never a sentence. */
#define STRIDE_SPEAK_MAX_PAYLOAD (1024 * 1024)

typedef enum
{
  STRIDE_SPEAK_FRAME_AUDIO = 'A',
  STRIDE_SPEAK_FRAME_DONE  = 'D',
  STRIDE_SPEAK_FRAME_ERROR = 'E',
} StrideSpeakFrameKind;

/* The same numbers as StrideSpeechError (stride-speech.h). */
typedef enum
{
  STRIDE_SPEAK_ERROR_NO_DATA  = 0,
  STRIDE_SPEAK_ERROR_NO_VOICE = 1,
  STRIDE_SPEAK_ERROR_FAILED   = 2,
} StrideSpeakError;

typedef struct
{
  guint32 kind;   /* StrideSpeakFrameKind */
  guint32 size;   /* bytes of payload that follow */
} StrideSpeakFrameHeader;

G_END_DECLS
