package fr.fc.audit.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * The data of the volumes charts, as the JSON that volumes.js reads from the page:
 * {@code {"days": [...], "partners": [{"name", "steps": [...], "rates": [...]}], "text": {...}}}.
 */
final class VolumeChart {

  private VolumeChart() {}

  /**
   * Safe inside a {@code <script>} element: JSON written by a JSON writer, with {@code <}, {@code >}
   * and {@code &} as escapes (they can only be in strings), so no partner's name can end the element.
   */
  static String json(VolumeSeries series, Map<String, String> text) {
    JsonArrayBuilder days = Json.createArrayBuilder();
    series.days().forEach(day -> days.add(day.toString()));
    JsonArrayBuilder partners = Json.createArrayBuilder();
    for (VolumeSeries.Partner partner : series.partners()) {
      JsonArrayBuilder steps = Json.createArrayBuilder();
      JsonArrayBuilder rates = Json.createArrayBuilder();
      for (int day = 0; day < series.days().size(); day++) {
        steps.add(partner.steps().get(day));
        Double rate = partner.failureRate(day);
        if (rate == null) {
          rates.addNull();
        } else {
          rates.add(rate);
        }
      }
      partners.add(Json.createObjectBuilder().add("name", partner.name()).add("steps", steps).add("rates", rates));
    }
    JsonObjectBuilder words = Json.createObjectBuilder();
    text.forEach(words::add);
    StringWriter json = new StringWriter();
    try (JsonWriter writer = Json.createWriter(json)) {
      writer.writeObject(Json.createObjectBuilder().add("days", days).add("partners", partners).add("text", words).build());
    }
    return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
