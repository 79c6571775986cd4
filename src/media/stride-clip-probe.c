/* stride-clip-probe.c — where a clip really ends: the file read through without decoding
 *
 * A file cut short still states its full length in its header. Parsing it through (no
 * decoding) takes a few milliseconds and finds the end of its last readable frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gst/gst.h>

#include "stride-clip-probe.h"

/* Reading a clip through without decoding takes milliseconds; a huge one is given up. */
#define PROBE_TIMEOUT_S 10

/* Where the last readable buffer of any stream ends, written from streaming threads. */
typedef struct
{
  GMutex lock;
  gint64 end;                     /* ns; 0: nothing read */
} ProbeEnd;

static GstPadProbeReturn
probe_buffer_cb (GstPad          *pad,
                 GstPadProbeInfo *info,
                 gpointer         data)
{
  ProbeEnd *probe = data;
  GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER (info);
  GstClockTime pts = GST_BUFFER_PTS (buffer);

  if (GST_CLOCK_TIME_IS_VALID (pts))
    {
      GstClockTime end = pts + (GST_BUFFER_DURATION_IS_VALID (buffer) ? GST_BUFFER_DURATION (buffer) : 0);

      g_mutex_lock (&probe->lock);
      probe->end = MAX (probe->end, (gint64) end);
      g_mutex_unlock (&probe->lock);
    }
  return GST_PAD_PROBE_OK;
}

static gboolean
pad_is_video (GstPad *pad)
{
  g_autoptr(GstCaps) caps = gst_pad_get_current_caps (pad);
  GstStructure *structure = caps != NULL && gst_caps_get_size (caps) > 0 ? gst_caps_get_structure (caps, 0) : NULL;

  return structure != NULL && g_str_has_prefix (gst_structure_get_name (structure), "video/");
}

/* Each stream parsebin finds goes, undecoded, into a fakesink that counts its end. */
static void
probe_pad_added_cb (GstElement *parsebin,
                    GstPad     *pad,
                    gpointer    data)
{
  ProbeEnd *probe = data;
  GstElement *pipeline = GST_ELEMENT (gst_element_get_parent (parsebin));
  GstElement *sink = gst_element_factory_make ("fakesink", NULL);
  g_autoptr(GstPad) sink_pad = NULL;

  g_object_set (sink, "sync", FALSE, "async", FALSE, NULL);
  gst_bin_add (GST_BIN (pipeline), sink);
  gst_element_sync_state_with_parent (sink);
  sink_pad = gst_element_get_static_pad (sink, "sink");
  /* The picture's end is the clip's end: audio may run on past the last frame. */
  if (pad_is_video (pad))
    gst_pad_add_probe (pad, GST_PAD_PROBE_TYPE_BUFFER, probe_buffer_cb, probe, NULL);
  gst_pad_link (pad, sink_pad);
  gst_object_unref (pipeline);
}

/* The end of the last frame a demuxer can read from the file at URI, in µs; 0 when unknown.
 * Parsing without decoding reads a clip in a few milliseconds. */
static gint64
probe_readable_end (const char   *uri,
                    GCancellable *cancellable)
{
  g_autoptr(GstElement) pipeline = gst_pipeline_new (NULL);
  GstElement *source = gst_element_make_from_uri (GST_URI_SRC, uri, NULL, NULL);
  GstElement *parsebin = gst_element_factory_make ("parsebin", NULL);
  g_autoptr(GstBus) bus = gst_element_get_bus (pipeline);
  ProbeEnd probe = { 0 };
  gint64 deadline = g_get_monotonic_time () + PROBE_TIMEOUT_S * G_USEC_PER_SEC;
  gboolean done = FALSE;

  if (source == NULL || parsebin == NULL)
    {
      g_clear_object (&source);
      g_clear_object (&parsebin);
      return 0;
    }
  g_mutex_init (&probe.lock);
  gst_bin_add_many (GST_BIN (pipeline), source, parsebin, NULL);
  gst_element_link (source, parsebin);
  g_signal_connect (parsebin, "pad-added", G_CALLBACK (probe_pad_added_cb), &probe);

  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  while (!done && !g_cancellable_is_cancelled (cancellable) && g_get_monotonic_time () < deadline)
    {
      g_autoptr(GstMessage) message = gst_bus_timed_pop_filtered (bus, 50 * GST_MSECOND,
                                                                  GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
      done = message != NULL;
    }
  gst_element_set_state (pipeline, GST_STATE_NULL);
  g_mutex_clear (&probe.lock);
  return done ? probe.end / GST_USECOND : 0;
}

static void
probe_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_task_return_int (task, probe_readable_end (task_data, cancellable));
}

/* On a thread of its own; the task's cancellable stops the read-through. */
void
stride_clip_probe_readable_end_async (const char          *uri,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_run_in_thread (task, probe_thread);
}

gint64
stride_clip_probe_readable_end_finish (GAsyncResult *result)
{
  return g_task_propagate_int (G_TASK (result), NULL);
}
