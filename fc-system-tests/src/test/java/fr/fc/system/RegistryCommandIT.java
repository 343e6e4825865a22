package fr.fc.system;

import static fr.fc.system.RegistryApi.SERVICE_PROVIDERS;
import static fr.fc.system.RegistryApi.get;
import static fr.fc.system.RegistryApi.operator;
import static fr.fc.system.RegistryApi.serviceProvider;
import static fr.fc.system.RegistryApi.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command operators run (server-config/bin/FcRegistry.java, docs/registry.md): a dry run prints
 * the diff and changes nothing, an import applies it, export writes the registry without secrets,
 * and a refused file or token exits 1 with fc's reason on one line.
 */
@ExtendWith(SystemTest.class)
class RegistryCommandIT {

  @TempDir Path directory;

  @Test
  void aDryRunPrintsTheDiffThenAnImportAppliesIt(FcPlatform fc) throws Exception {
    String clientId = uniqueId("sp");
    Path file = directory.resolve("registry.json");
    Files.writeString(file, JsonUtil.toJson(Map.of("serviceProviders", List.of(serviceProvider(clientId)))));
    Path token = tokenFile(operator(fc));

    Run dryRun = fcRegistry(fc, "--token-file", token.toString(), "import", file.toString(), "--dry-run");

    assertEquals(0, dryRun.exit(), dryRun.output());
    assertTrue(dryRun.output().contains("+ service provider " + clientId), dryRun.output());
    assertTrue(dryRun.output().contains("(dry run: nothing changed)"), dryRun.output());
    assertEquals(404, get(fc, operator(fc), SERVICE_PROVIDERS + "/" + clientId).statusCode());

    Run applied = fcRegistry(fc, "--token-file", token.toString(), "import", file.toString());

    assertEquals(0, applied.exit(), applied.output());
    assertTrue(applied.output().matches("(?s).*secret of service provider " + clientId + " \\(shown once\\): [0-9a-f]{64}.*"),
        applied.output());
    assertEquals(200, get(fc, operator(fc), SERVICE_PROVIDERS + "/" + clientId).statusCode());
    Run again = fcRegistry(fc, "--token-file", token.toString(), "import", file.toString());
    assertTrue(again.output().startsWith("0 change(s)"), again.output());
  }

  @Test
  void exportWritesTheRegistryWithoutSecrets(FcPlatform fc) throws Exception {
    Path exported = directory.resolve("exported.json");

    Run export = fcRegistry(fc, "--token-file", tokenFile(operator(fc)).toString(), "export", exported.toString());

    assertEquals(0, export.exit(), export.output());
    String text = Files.readString(exported);
    Map<String, Object> registry = JsonUtil.parseJson(text);
    assertTrue(((List<?>) registry.get("serviceProviders")).stream()
        .anyMatch(sp -> "sandbox-demo-sp".equals(((Map<?, ?>) sp).get("clientId"))), text);
    assertTrue(text.lines().count() > 50, "indented, one field a line, for a diff in version control");
    assertFalse(text.contains("clientSecret"), "no secret in an export");
    assertFalse(text.contains("sandbox-sp-secret-for-demo-only"), "no secret in an export");
  }

  @Test
  void aRefusalExitsOneWithFcsReason(FcPlatform fc) throws Exception {
    Path file = directory.resolve("bad.json");
    Files.writeString(file, "{\"serviceProviders\": [{\"clientId\": \"x\", \"name\": \"X\", \"redirectUris\": [\"http://sp.example/cb\"]}]}");

    Run refused = fcRegistry(fc, "--token-file", tokenFile(operator(fc)).toString(), "import", file.toString());
    Run noRole = fcRegistry(fc, "--token-file", tokenFile(RegistryApi.mint(fc, "fc-operators", "auditor", "a")).toString(), "export");

    assertEquals(1, refused.exit(), refused.output());
    assertTrue(refused.output().contains("HTTP 400") && refused.output().contains("redirectUris"), refused.output());
    assertEquals(1, noRole.exit(), noRole.output());
    assertTrue(noRole.output().contains("HTTP 403"), noRole.output());
  }

  private Path tokenFile(String token) throws Exception {
    Path file = Files.createTempFile(directory, "token", ".jwt");
    Files.writeString(file, token);
    return file;
  }

  private record Run(int exit, String output) {}

  private static Run fcRegistry(FcPlatform fc, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        Path.of(System.getProperty("fc.it.serverConfig"), "bin", "FcRegistry.java").toString(),
        "--url", fc.url("/").toString().replaceAll("/$", "")));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }
}
