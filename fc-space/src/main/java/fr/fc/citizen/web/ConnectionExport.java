package fr.fc.citizen.web;

import fr.fc.citizen.Connection;
import fr.fc.citizen.DataTransfer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;

/** The citizen's history as a download: CSV rows in their language, or a JSON array. */
final class ConnectionExport {

  private static final List<String> COLUMNS = List.of("time", "service", "idp", "acr", "code", "transfers", "reported");

  private ConnectionExport() {}

  /** The header (SpaceMessages' {@code export.col.*}), then a row per connection. */
  static List<List<String>> csvRows(List<Connection> connections, ResourceBundle words, SpaceFormats formats) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(COLUMNS.stream().map(column -> words.getString("export.col." + column)).toList());
    Locale locale = words.getLocale();
    for (Connection connection : connections) {
      String transfers =
          connection.transfers().stream()
              .map(transfer -> String.format(locale, words.getString("export.transfer"), transfer.dataProviderName(), formats.spreadsheet(transfer.at())))
              .collect(Collectors.joining("; "));
      rows.add(
          List.of(
              formats.spreadsheet(connection.at()),
              text(connection.serviceName()),
              text(connection.idpTitle()),
              text(connection.acr()),
              text(connection.code()),
              transfers,
              words.getString(connection.reported() ? "export.reported.yes" : "export.reported.no")));
    }
    return rows;
  }

  /** A JSON array, one object per connection; times in ISO 8601 UTC. */
  static String json(List<Connection> connections) {
    return connections.stream().map(ConnectionExport::object).map(JsonUtil::toJson).collect(Collectors.joining(",", "[", "]"));
  }

  private static Map<String, Object> object(Connection connection) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("code", connection.code());
    object.put("at", instant(connection.at()));
    object.put("service", connection.serviceName());
    object.put("identityProvider", connection.idpTitle());
    object.put("acr", connection.acr());
    List<Map<String, Object>> transfers = new ArrayList<>();
    for (DataTransfer transfer : connection.transfers()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("dataProvider", transfer.dataProviderName());
      item.put("at", instant(transfer.at()));
      transfers.add(item);
    }
    object.put("dataTransfers", transfers);
    object.put("reported", connection.reported());
    return object;
  }

  private static String instant(Instant at) {
    return at == null ? null : at.toString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
