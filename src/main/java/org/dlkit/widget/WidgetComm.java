package org.dlkit.widget;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;

/**
 * The kernel's end of one widget model's comm: hands the browser's changes ({@code backbone}
 * with {@code sync_data}) and events ({@code custom}) to the widget, and answers
 * {@code request_state} with the whole state. A message it cannot read is dropped.
 */
final class WidgetComm extends Comm {
  private final Widget widget;

  WidgetComm(CommManager manager, String id, String target, Widget widget) {
    super(manager, id, target);
    this.widget = widget;
  }

  @Override
  protected void onMessage(Message<CommMsgCommand> message) {
    if (widget == null) {
      return;
    }
    JsonObject data = message.getContent().getData();
    JsonElement method = data == null ? null : data.get("method");
    if (method == null || !method.isJsonPrimitive()) {
      return;
    }
    switch (method.getAsString()) {
      case "backbone" -> {
        if (data.get("sync_data") instanceof JsonObject sync) {
          widget.receive(sync);
        }
      }
      case "custom" -> {
        if (data.get("content") instanceof JsonObject content) {
          widget.event(content);
        }
      }
      case "request_state" -> WidgetHost.current().update(widget, widget.state());
      default -> { }
    }
  }

  @Override
  protected void onClose(Message<CommCloseCommand> closeMessage, boolean sending) {
    if (widget != null) {
      widget.opened(null);
    }
  }
}
