/* stride-window.c — the main window: a sidebar of sections and one page per section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <time.h>

#include "stride-anatomy-page.h"
#include "stride-conditions-page.h"
#include "stride-launch.h"
#include "stride-page.h"
#include "stride-progress-page.h"
#include "stride-routines-page.h"
#include "stride-symptoms-page.h"
#include "stride-self-test-page.h"
#include "stride-window.h"
#include "stride-widget-util.h"

struct _StrideWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_header;
  GtkWidget            *content;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *content_title;
  GtkWidget            *back_button;
  GtkStack             *page_stack;
  GtkSpinner           *loading_spinner;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;

  /* Owned references */
  StrideContext        *context;
  GSettings            *settings;
  GBindingGroup        *page_bindings;
  GSignalGroup         *page_signals;

  /* Where Back returns to after a page opened something on another page (a condition
   * from the symptom checker's results): a stack of ReturnStep, newest last. */
  GArray               *return_steps;

  /* Start-up: the first frame shows before any page is built, and the context may come
   * after it (the application loads the content meanwhile). What was asked for before
   * both waits here: a page, or a page opened at an item (kind and id set). */
  gboolean              first_frame_painted;
  char                 *pending_page;
  char                 *pending_kind;
  char                 *pending_id;
  guint                 spinner_timeout;
};

typedef struct
{
  char *from; /* the page that opened it */
  char *to;   /* the page it opened on */
} ReturnStep;

G_DEFINE_FINAL_TYPE (StrideWindow, stride_window, ADW_TYPE_APPLICATION_WINDOW)

typedef GtkWidget *(*StridePageFactory) (StrideContext *context);

typedef struct
{
  const char        *title;
  const char        *icon_name;
  StridePageFactory  create;
} StridePageInfo;

/* How each page of core's table (stride-launch.h) looks and is made. */
static const StridePageInfo page_infos[STRIDE_N_LAUNCH_PAGES] = {
  [STRIDE_LAUNCH_PAGE_ANATOMY] = { N_("Anatomy"), "stride-anatomy-symbolic", stride_anatomy_page_new },
  [STRIDE_LAUNCH_PAGE_CONDITIONS] = { N_("Conditions"), "stride-conditions-symbolic", stride_conditions_page_new },
  [STRIDE_LAUNCH_PAGE_SYMPTOMS] = { N_("Symptom Checker"), "stride-symptoms-symbolic", stride_symptoms_page_new },
  [STRIDE_LAUNCH_PAGE_SELF_TEST] = { N_("Self-Test"), "stride-self-test-symbolic", stride_self_test_page_new },
  [STRIDE_LAUNCH_PAGE_ROUTINES] = { N_("Routines"), "stride-routines-symbolic", stride_routines_page_new },
  [STRIDE_LAUNCH_PAGE_PROGRESS] = { N_("Progress"), "stride-progress-symbolic", stride_progress_page_new },
};

/* Stable: --page=NAME and the help page id. */
static const char *
page_info_name (const StridePageInfo *info)
{
  return stride_launch_page_to_string (info - page_infos);
}

static const StridePageInfo *
find_page_info (const char *name)
{
  StrideLaunchPage page;

  return stride_launch_page_from_string (name, &page) ? &page_infos[page] : NULL;
}

/* NULL while the window is still loading. */
static StridePage *
get_visible_page (StrideWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->page_stack);

  return STRIDE_IS_PAGE (child) ? STRIDE_PAGE (child) : NULL;
}

/* The first page replaces the loading state at once; later pages cross-fade. */
static void
set_visible_page (StrideWindow *self,
                  GtkWidget    *page)
{
  GtkStackTransitionType transition = get_visible_page (self) != NULL ? GTK_STACK_TRANSITION_TYPE_CROSSFADE
                                                                      : GTK_STACK_TRANSITION_TYPE_NONE;

  gtk_stack_set_visible_child_full (self->page_stack, gtk_stack_page_get_name (gtk_stack_get_page (self->page_stack, page)),
                                    transition);
}

/* The step Back undoes from the page shown, if that page was opened from another. */
static ReturnStep *
get_return_step (StrideWindow *self)
{
  ReturnStep *last;

  if (self->return_steps->len == 0)
    return NULL;
  last = &g_array_index (self->return_steps, ReturnStep, self->return_steps->len - 1);
  return g_strcmp0 (last->to, gtk_stack_get_visible_child_name (self->page_stack)) == 0 ? last : NULL;
}

static void
clear_return_step (gpointer data)
{
  ReturnStep *step = data;

  g_clear_pointer (&step->from, g_free);
  g_clear_pointer (&step->to, g_free);
}

/* The user chose a page themself: Back no longer leads anywhere else. */
static void
forget_return_steps (StrideWindow *self)
{
  g_array_set_size (self->return_steps, 0);
}

static gboolean
can_go_back (StrideWindow *self)
{
  StridePage *page = get_visible_page (self);

  if (page != NULL && stride_page_get_can_go_back (page))
    return TRUE;
  if (get_return_step (self) != NULL)
    return TRUE;

  return adw_leaflet_get_folded (self->leaflet) &&
         adw_leaflet_get_visible_child (self->leaflet) == self->content;
}

static void
update_back_button_cb (StrideWindow *self)
{
  gboolean possible = can_go_back (self);

  gtk_widget_set_visible (self->back_button, possible);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", possible);
}

static void
select_sidebar_row (StrideWindow *self,
                    const char   *name)
{
  const StridePageInfo *info = find_page_info (name);

  if (info != NULL)
    gtk_list_box_select_row (self->sidebar_list,
                             gtk_list_box_get_row_at_index (self->sidebar_list, info - page_infos));
}

static void
visible_page_changed_cb (StrideWindow *self)
{
  StridePage *page = get_visible_page (self);

  g_binding_group_set_source (self->page_bindings, page);
  g_signal_group_set_target (self->page_signals, page);
  select_sidebar_row (self, gtk_stack_get_visible_child_name (self->page_stack));
  update_back_button_cb (self);
}

static void
sidebar_row_activated_cb (StrideWindow  *self,
                          GtkListBoxRow *row)
{
  guint index = gtk_list_box_row_get_index (row);

  g_assert (index < G_N_ELEMENTS (page_infos));

  forget_return_steps (self);
  stride_window_show_page (self, page_info_name (&page_infos[index]));
}

static GtkWidget *ensure_page (StrideWindow         *self,
                               const StridePageInfo *info);
static void       wait_for_page (StrideWindow *self,
                                 const char   *name);

/* Tab and the arrow keys move the sidebar's selection (browse mode): the page follows, so
 * the highlight never names a page that is not shown. Only activating a row slides a
 * folded window over to the page. */
static void
sidebar_row_selected_cb (StrideWindow  *self,
                         GtkListBoxRow *row)
{
  guint index;

  if (row == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  g_assert (index < G_N_ELEMENTS (page_infos));
  if (g_strcmp0 (page_info_name (&page_infos[index]), gtk_stack_get_visible_child_name (self->page_stack)) != 0)
    forget_return_steps (self);
  if (self->context == NULL)
    {
      if (g_strcmp0 (page_info_name (&page_infos[index]), stride_window_get_visible_page_name (self)) != 0)
        wait_for_page (self, page_info_name (&page_infos[index]));
    }
  else
    set_visible_page (self, ensure_page (self, &page_infos[index]));
}

static gboolean
is_tab (guint keyval)
{
  return keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab;
}

/* Tab leaves the sidebar for the page beside it instead of walking the sidebar's rows
 * (each row it reached became the shown page, and a Tab past a page's last control
 * switched pages); the arrow keys still move between pages. Folded, the page is not
 * beside the sidebar and Tab keeps its usual way. Shift+Tab leaves for the sidebar's
 * header, folded or not: walking back through the rows above switched the page too (from
 * a condition's Back button, two presses showed Anatomy and lost the condition). */
static gboolean
sidebar_key_pressed_cb (StrideWindow    *self,
                        guint            keyval,
                        guint            keycode,
                        GdkModifierType  state)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->page_stack);

  if (!is_tab (keyval))
    return FALSE;
  if ((state & GDK_SHIFT_MASK) != 0)
    return gtk_widget_child_focus (self->sidebar_header, GTK_DIR_TAB_BACKWARD);
  if (adw_leaflet_get_folded (self->leaflet) || page == NULL)
    return FALSE;
  return gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
add_sidebar_keys (StrideWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (sidebar_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar_list), keys);
}

/* A dialog of this window waits for an answer ("End this session?"). */
static gboolean
has_open_dialog (StrideWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self) && gtk_window_get_modal (window) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

/* Before Back returns to the page that opened PAGE: PAGE goes back to where a visit from
 * the sidebar finds it (a routine's detail and its player back to the list). FALSE when
 * the page asks first (a session under way): Back stays until that is answered. */
static gboolean
leave_page (StrideWindow *self,
            StridePage   *page)
{
  /* Bounded: a page that never stops offering Back must not hang the window. */
  for (guint i = 0; i < 8 && stride_page_get_can_go_back (page); i++)
    {
      stride_page_go_back (page);
      if (has_open_dialog (self))
        return FALSE;
    }
  return TRUE;
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  StrideWindow *self = STRIDE_WINDOW (widget);
  StridePage *page = get_visible_page (self);
  ReturnStep *step = get_return_step (self);

  if (step != NULL)
    {
      g_autofree char *from = NULL;

      if (page != NULL && !leave_page (self, page))
        return;
      from = g_steal_pointer (&step->from);
      g_array_set_size (self->return_steps, self->return_steps->len - 1);
      stride_window_show_page (self, from);
    }
  else if (page != NULL && stride_page_get_can_go_back (page))
    stride_page_go_back (page);
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Alt+Left and Back go back before the leaflet sees them: AdwLeaflet answers them itself,
 * and unfolded it only selects the hidden sidebar, so a detail view never went back. When
 * there is nowhere to go back to, the key goes on to the leaflet as before. */
static gboolean
back_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  StrideWindow *self = STRIDE_WINDOW (widget);

  if (!can_go_back (self))
    return FALSE;

  gtk_widget_activate_action (widget, "win.go-back", NULL);
  return TRUE;
}

static void
add_back_shortcut (StrideWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Left, GDK_ALT_MASK),
                                                             gtk_keyval_trigger_new (GDK_KEY_Back, 0));

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger, gtk_callback_action_new (back_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  forget_return_steps (STRIDE_WINDOW (widget));
  stride_window_show_page (STRIDE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* ("routines", "routine-left", "hip_strength_basics"): one page asks for another page's
 * item, through the window, without knowing the other page (StridePage::open). It opens
 * the way every other entry does, so Back returns to the page that asked. */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const char *name = NULL, *kind = NULL, *id = NULL;

  g_variant_get (parameter, "(&s&s&s)", &name, &kind, &id);
  if (!stride_window_open (STRIDE_WINDOW (widget), name, kind, id))
    g_warning ("The %s page cannot open %s “%s”", name, kind, id);
}

/* A message from anything in the window that has no toast overlay of its own. */
static void
add_toast_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  stride_window_add_toast (STRIDE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static GtkWidget *
create_sidebar_row (const StridePageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (info->icon_name);
  GtkWidget *label = gtk_label_new (_(info->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, page_info_name (info));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title),
                                  -1);
  return row;
}

/* Pages are built the first time they are shown: building all six would double the
 * time to the first window (the start-up budget). */
static GtkWidget *
ensure_page (StrideWindow         *self,
             const StridePageInfo *info)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->page_stack, page_info_name (info));

  g_assert (self->context != NULL);
  if (page == NULL)
    {
      page = info->create (self->context);
      gtk_stack_add_named (self->page_stack, page, page_info_name (info));
    }

  return page;
}

static void
add_sidebar_rows (StrideWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_infos); i++)
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (&page_infos[i]));
}

static void
save_int_if_changed (GSettings  *settings,
                     const char *key,
                     int         value)
{
  if (g_settings_get_int (settings, key) != value)
    g_settings_set_int (settings, key, value);
}

/* Written only when it differs from what is saved. Not a two-way binding: GObject holds
 * notifications back while the window is built and hands them out afterwards, and the
 * binding wrote the size it had just read back to the settings file, twice, with an fsync
 * each, before the first frame. */
static void
window_state_changed_cb (StrideWindow *self)
{
  int width, height;
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  save_int_if_changed (self->settings, "window-width", width);
  save_int_if_changed (self->settings, "window-height", height);
  if (g_settings_get_boolean (self->settings, "window-maximized") != maximized)
    g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

/* The size and state of last time, read once, and kept as the user changes them. */
static void
bind_window_state (StrideWindow *self)
{
  GSettingsBindFlags read_once = G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES;

  g_settings_bind (self->settings, "window-width", self, "default-width", read_once);
  g_settings_bind (self->settings, "window-height", self, "default-height", read_once);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", read_once);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (window_state_changed_cb), NULL);
  g_signal_connect (self, "notify::default-height", G_CALLBACK (window_state_changed_cb), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (window_state_changed_cb), NULL);
}

static void
stride_window_dispose (GObject *object)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  g_clear_handle_id (&self->spinner_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), STRIDE_TYPE_WINDOW);

  G_OBJECT_CLASS (stride_window_parent_class)->dispose (object);
}

static void
stride_window_finalize (GObject *object)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_clear_object (&self->page_bindings);
  g_clear_object (&self->page_signals);
  g_clear_pointer (&self->return_steps, g_array_unref);
  g_clear_pointer (&self->pending_page, g_free);
  g_clear_pointer (&self->pending_kind, g_free);
  g_clear_pointer (&self->pending_id, g_free);

  G_OBJECT_CLASS (stride_window_parent_class)->finalize (object);
}

static void
add_page_shortcuts (GtkWidgetClass *widget_class)
{
  static const guint keys[] = { GDK_KEY_1, GDK_KEY_2, GDK_KEY_3, GDK_KEY_4, GDK_KEY_5, GDK_KEY_6 };

  G_STATIC_ASSERT (G_N_ELEMENTS (keys) == G_N_ELEMENTS (page_infos));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], GDK_CONTROL_MASK,
                                         "win.show-page", "s", page_info_name (&page_infos[i]));
}

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static void
stride_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stride_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      if (g_value_get_object (value) != NULL)
        stride_window_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The main thread's CPU time so far: G_MESSAGES_DEBUG=all shows what start-up costs. */
static double
main_thread_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static void
forget_pending (StrideWindow *self)
{
  g_clear_pointer (&self->pending_page, g_free);
  g_clear_pointer (&self->pending_kind, g_free);
  g_clear_pointer (&self->pending_id, g_free);
}

/* What was asked for while loading, else the first page (unless the user already chose
 * one). Once there is a context and a first frame. */
static void
show_pending_page (StrideWindow *self)
{
  g_autofree char *page = g_steal_pointer (&self->pending_page);
  g_autofree char *kind = g_steal_pointer (&self->pending_kind);
  g_autofree char *id = g_steal_pointer (&self->pending_id);

  g_clear_handle_id (&self->spinner_timeout, g_source_remove);
  gtk_spinner_stop (self->loading_spinner);

  if (page != NULL && kind != NULL)
    {
      if (!stride_window_open (self, page, kind, id))
        g_warning ("The %s page cannot open %s “%s”", page, kind, id);
    }
  else if (page != NULL)
    stride_window_show_page (self, page);

  if (get_visible_page (self) == NULL)
    set_visible_page (self, ensure_page (self, &page_infos[0]));
  g_debug ("First page built: %.1f ms of main-thread CPU time", main_thread_ms ());
}

/* The content is taking long (a slow disk): say that something is happening. Counted from
 * the first frame: a spinner before it would load the SVG loader (librsvg) first. */
static gboolean
show_spinner_cb (gpointer data)
{
  StrideWindow *self = data;

  self->spinner_timeout = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), TRUE);
  gtk_spinner_start (self->loading_spinner);
  return G_SOURCE_REMOVE;
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        StrideWindow  *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  g_debug ("First frame painted: %.1f ms of main-thread CPU time; content %s",
           main_thread_ms (), self->context != NULL ? "loaded" : "still loading");
  self->first_frame_painted = TRUE;
  if (self->context != NULL)
    show_pending_page (self);
  else
    self->spinner_timeout = g_timeout_add (400, show_spinner_cb, self);
}

/* The window's first frame comes before the first page is built (its body map and
 * lists are most of start-up): the window is there at once, the page a frame later. */
static void
stride_window_realize (GtkWidget *widget)
{
  StrideWindow *self = STRIDE_WINDOW (widget);

  GTK_WIDGET_CLASS (stride_window_parent_class)->realize (widget);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), self, 0);
}

/* The shortcuts window is built the first time it is asked for. GTK builds
 * gtk/help-overlay.ui for every new window by itself: that was a quarter of what Stride
 * adds to a minimal window's start-up (38 M instructions of 113 M, callgrind). */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (APP_PATH "/stride-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* The main menu's popover is made when the menu first opens: made with the window, its
 * rows were 4 M instructions before the first frame. */
static void
create_main_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  StrideWindow *self = STRIDE_WINDOW (user_data);

  /* Called on every opening: made once. */
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
add_window_actions (StrideWindow *self)
{
  static const GActionEntry entries[] = {
    { "show-help-overlay", show_help_overlay_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}

/* While loading, the header names the page that is coming, and the sidebar highlights
 * it (once there is a context, selecting a row builds its page: not before the first
 * frame). */
static void
show_loading_title (StrideWindow *self)
{
  const StridePageInfo *info = find_page_info (stride_window_get_visible_page_name (self));

  adw_window_title_set_title (self->content_title, _(info->title));
  if (self->context == NULL)
    select_sidebar_row (self, page_info_name (info));
}

/* Without a context yet: NAME is shown when it comes. */
static void
wait_for_page (StrideWindow *self,
               const char   *name)
{
  forget_pending (self);
  self->pending_page = g_strdup (name);
  show_loading_title (self);
}

static void
stride_window_constructed (GObject *object)
{
  StrideWindow *self = STRIDE_WINDOW (object);

  G_OBJECT_CLASS (stride_window_parent_class)->constructed (object);

  visible_page_changed_cb (self);
  show_loading_title (self);
}

static void
stride_window_class_init (StrideWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stride_window_dispose;
  object_class->finalize = stride_window_finalize;
  object_class->constructed = stride_window_constructed;
  object_class->get_property = stride_window_get_property;
  object_class->set_property = stride_window_set_property;
  widget_class->realize = stride_window_realize;

  /* What every page shows: handed to each page as it is made. Set once, at construction
   * or (at start-up, while the content loads) later. */
  g_object_class_install_property (object_class, PROP_CONTEXT,
                                   g_param_spec_object ("context", NULL, NULL, STRIDE_TYPE_CONTEXT,
                                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                        G_PARAM_STATIC_STRINGS));

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, content);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, StrideWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_back_button_cb);

  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.open", "(sss)", open_action);
  gtk_widget_class_install_action (widget_class, "win.add-toast", "s", add_toast_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.go-back", NULL);
  add_page_shortcuts (widget_class);
}

static void
stride_window_init (StrideWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  bind_window_state (self);

  self->return_steps = g_array_new (FALSE, TRUE, sizeof (ReturnStep));
  g_array_set_clear_func (self->return_steps, clear_return_step);

  self->page_bindings = g_binding_group_new ();
  g_binding_group_bind (self->page_bindings, "title", self->content_title, "title", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->page_bindings, "subtitle", self->content_title, "subtitle", G_BINDING_SYNC_CREATE);

  self->page_signals = g_signal_group_new (STRIDE_TYPE_PAGE);
  g_signal_group_connect_swapped (self->page_signals, "notify::can-go-back",
                                  G_CALLBACK (update_back_button_cb), self);

  add_back_shortcut (self);
  add_sidebar_keys (self);
  add_sidebar_rows (self);
  add_window_actions (self);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_main_menu_cb, self, NULL);
}

/* The window of APPLICATION's context (waiting for its content if it is still loading). */
StrideWindow *
stride_window_new (StrideApplication *application)
{
  g_return_val_if_fail (STRIDE_IS_APPLICATION (application), NULL);

  return g_object_new (STRIDE_TYPE_WINDOW,
                       "application", application,
                       "context", stride_application_get_context (application),
                       NULL);
}

void
stride_window_show_page (StrideWindow *self,
                         const char   *name)
{
  const StridePageInfo *info;

  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  info = find_page_info (name);
  if (info == NULL)
    {
      g_warning ("No page named “%s”", name);
      return;
    }

  adw_leaflet_set_visible_child (self->leaflet, self->content);
  if (self->context == NULL)
    {
      wait_for_page (self, name);
      return;
    }
  set_visible_page (self, ensure_page (self, info));
}

/* Shows page PAGE_NAME opened at KIND ID (stride_page_open()). When another page was on
 * screen, Back comes back to it, as it was. FALSE when there is no such page or it does
 * not know the item (the page is shown all the same). */
gboolean
stride_window_open (StrideWindow *self,
                    const char   *page_name,
                    const char   *kind,
                    const char   *id)
{
  g_autofree char *from = NULL;
  GtkWidget *page;

  g_return_val_if_fail (STRIDE_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (page_name != NULL && kind != NULL && id != NULL, FALSE);

  /* Still loading (a launch option): opened when the content is there. */
  if (self->context == NULL && find_page_info (page_name) != NULL)
    {
      stride_window_show_page (self, page_name);
      self->pending_kind = g_strdup (kind);
      self->pending_id = g_strdup (id);
      return TRUE;
    }

  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && get_visible_page (self) != NULL)
    from = g_strdup (gtk_stack_get_visible_child_name (self->page_stack));
  page = stride_window_get_page (self, page_name);
  if (page == NULL)
    {
      g_warning ("No page named “%s”", page_name);
      return FALSE;
    }
  stride_window_show_page (self, page_name);
  if (!stride_page_open (STRIDE_PAGE (page), kind, id))
    return FALSE;
  if (from != NULL && !g_str_equal (from, page_name))
    {
      ReturnStep step = { g_steal_pointer (&from), g_strdup (page_name) };

      g_array_append_val (self->return_steps, step);
      update_back_button_cb (self);
    }
  return TRUE;
}

const char *
stride_window_get_visible_page_name (StrideWindow *self)
{
  g_return_val_if_fail (STRIDE_IS_WINDOW (self), NULL);

  /* Before the first frame, or while loading: the page that is about to be shown. */
  if (get_visible_page (self) == NULL)
    return self->pending_page != NULL ? self->pending_page : page_info_name (&page_infos[0]);
  return gtk_stack_get_visible_child_name (self->page_stack);
}

GtkWidget *
stride_window_get_page (StrideWindow *self,
                        const char   *name)
{
  const StridePageInfo *info;

  g_return_val_if_fail (STRIDE_IS_WINDOW (self), NULL);

  info = find_page_info (name);
  return info != NULL && self->context != NULL ? ensure_page (self, info) : NULL;
}

/* Gives the window the context it was made without: the pages can be built. */
void
stride_window_set_context (StrideWindow  *self,
                           StrideContext *context)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (STRIDE_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_object_notify (G_OBJECT (self), "context");
  if (self->first_frame_painted)
    show_pending_page (self);
}

void
stride_window_add_toast (StrideWindow *self,
                         const char   *message)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, stride_toast_new (message));
}

/* A toast built by the caller, e.g. with a button. */
void
stride_window_add_toast_object (StrideWindow *self,
                                AdwToast     *toast)
{
  g_return_if_fail (STRIDE_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
