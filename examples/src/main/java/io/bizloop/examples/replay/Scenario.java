package io.bizloop.examples.replay;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * A parsed scenario: the company and its steps (scenario-format.md).
 *
 * @param company the company settings
 * @param steps the steps, a JSON array
 */
public record Scenario(Company company, JsonNode steps) {

  static final ObjectMapper JSON =
      JsonMapper.builder(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .streamReadConstraints(
                      com.fasterxml.jackson.core.StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxNumberLength(1000)
                          .maxStringLength(1 << 20)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();

  /**
   * Reads a scenario from JSON text.
   *
   * @throws NotAScenario when the text is not JSON, or has no list of steps, or its company is unusable
   */
  public static Scenario parse(String json) throws NotAScenario {
    return parseWith(() -> JSON.readTree(json));
  }

  /**
   * Reads a scenario from a stream of JSON (UTF-8, or UTF-16/32 with its byte order), without
   * holding the text in memory beside the parsed tree.
   *
   * @throws NotAScenario when the text is not JSON, or has no list of steps, or its company is unusable
   */
  public static Scenario parse(java.io.InputStream json) throws NotAScenario {
    return parseWith(() -> JSON.readTree(json));
  }

  private interface TreeReader {
    JsonNode read() throws java.io.IOException, NotAScenario;
  }

  private static Scenario parseWith(TreeReader reader) throws NotAScenario {
    JsonNode root;
    try {
      root = reader.read();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new NotAScenario("invalid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw new NotAScenario("invalid JSON: " + firstLine(e.getMessage()));
    } catch (NumberFormatException e) {
      throw new NotAScenario("invalid JSON: a number cannot be read: " + firstLine(e.getMessage()));
    }
    if (root == COMPANY_AFTER_STEPS) {
      return null;
    }
    if (root == null || !root.isObject()) {
      throw new NotAScenario("the top level must be an object with company and steps");
    }
    JsonNode steps = root.get("steps");
    if (steps == null || !steps.isArray()) {
      throw new NotAScenario("steps must be a list");
    }
    return new Scenario(Company.read(root.get("company")), steps);
  }

  /**
   * Reads the company of a scenario streamed from {@code json} and checks the whole text the way
   * {@link #parse(java.io.InputStream)} does, but skips over the steps without keeping them: the
   * first of the two passes of a replay of a file too big to hold as a tree ({@link #eachStep}
   * is the second).
   *
   * @throws NotAScenario when the text is not JSON, or has no list of steps, or its company is unusable
   */
  public static Company company(java.io.InputStream json) throws NotAScenario {
    return company(json, false);
  }

  /**
   * As {@link #company(java.io.InputStream)}; with {@code decodeSteps} every step is also read
   * (its numbers decoded) and dropped, so that a step the second pass could not read refuses the
   * file before any step runs (for a replay into a database, which would keep the steps before).
   *
   * @throws NotAScenario when the text is not JSON, or has no list of steps, or its company is unusable
   */
  public static Company company(java.io.InputStream json, boolean decodeSteps) throws NotAScenario {
    return parseWith(() -> readTopLevel(json, (parser, root) -> {
      if (decodeSteps) {
        readSteps(parser, (step, number) -> {});
      } else {
        parser.skipChildren(); // every step is read, and its numbers decoded, by eachStep
      }
      return true;
    })).company();
  }

  /**
   * Reads a scenario streamed from {@code json} in one pass when its company comes before its
   * steps (as {@code generate} writes it): {@code start} is given the company where the steps begin
   * and answers what takes each step (with its number from 1), one step held at a time. The rest of
   * the text is checked as {@link #company} checks it, but after the steps ran: only for a replay
   * whose steps leave nothing behind when the file is refused (in memory).
   *
   * @return true when the steps were handed on; false, with no step handed on and nothing of
   *     {@code start} called, when the steps come before the company (then read the file twice)
   * @throws NotAScenario when the text is not JSON, or has no list of steps, or its company is unusable
   */
  public static boolean inOnePass(
      java.io.InputStream json, Function<Company, java.util.function.ObjIntConsumer<JsonNode>> start)
      throws NotAScenario {
    Scenario read = parseWith(() -> readTopLevel(json, (parser, root) -> {
      if (!root.has("company")) {
        return false; // not read here: the caller reads the file twice
      }
      readSteps(parser, start.apply(Company.read(root.get("company"))));
      return true;
    }));
    return read != null;
  }

  /** What a reader of the top level does at the list of steps. */
  private interface AtSteps {
    /**
     * Reads (or skips) the steps the parser is at, with the top-level fields read before them.
     *
     * @return false to stop reading here (nothing of the steps read)
     */
    boolean read(JsonParser parser, com.fasterxml.jackson.databind.node.ObjectNode before)
        throws java.io.IOException, NotAScenario;
  }

  /**
   * Reads the top level of a scenario streamed from {@code json}, every field but the steps as a
   * tree and the steps (an empty list in the tree) as {@code atSteps} reads them, then checks that
   * nothing follows; {@link #COMPANY_AFTER_STEPS} when {@code atSteps} stopped.
   */
  private static JsonNode readTopLevel(java.io.InputStream json, AtSteps atSteps)
      throws java.io.IOException, NotAScenario {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        JsonNode other = first == null ? null : PART.readValue(parser);
        noTrailingTokens(parser);
        return other;
      }
      com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("steps".equals(name) && value == JsonToken.START_ARRAY) {
          if (!atSteps.read(parser, root)) {
            return COMPANY_AFTER_STEPS;
          }
          root.putArray(name);
        } else {
          root.set(name, PART.readValue(parser));
        }
      }
      noTrailingTokens(parser);
      return root;
    }
  }

  /**
   * Hands each step of a scenario streamed from {@code json} to {@code step}, with its number
   * from 1, holding one step at a time: the second pass of a replay after {@link #company}.
   *
   * @throws NotAScenario when a step cannot be read (then the steps before it were handed on)
   */
  public static void eachStep(java.io.InputStream json, java.util.function.ObjIntConsumer<JsonNode> step)
      throws NotAScenario {
    parseWith(() -> {
      try (JsonParser parser = JSON.createParser(json)) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if ("steps".equals(name) && value == JsonToken.START_ARRAY) {
            readSteps(parser, step);
          } else {
            parser.skipChildren();
          }
        }
      }
      return EMPTY_SCENARIO;
    });
  }

  /** Reads the steps of the array the parser is at, one at a time, handing each on with its number from 1. */
  private static void readSteps(JsonParser parser, java.util.function.ObjIntConsumer<JsonNode> step)
      throws java.io.IOException {
    int number = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      step.accept(PART.readValue(parser), ++number);
    }
  }

  /** Reads one value inside a scenario (what follows it is the rest of the scenario). */
  private static final com.fasterxml.jackson.databind.ObjectReader PART =
      JSON.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** What {@link #inOnePass} reads where the steps come before the company: no scenario read yet. */
  private static final JsonNode COMPANY_AFTER_STEPS = JSON.createObjectNode();

  private static final JsonNode EMPTY_SCENARIO = JSON.createObjectNode().set("steps", JSON.createArrayNode());

  private static void noTrailingTokens(JsonParser parser) throws java.io.IOException {
    if (parser.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          parser, "Trailing token (of type " + parser.currentToken() + ") found after the scenario");
    }
  }

  /** A new, empty in-memory loop for a scenario's company: the library's own checks, no reflective validator. */
  static Bizloop inMemory(CompanySettings company) {
    return Bizloop.inMemory(company);
  }

  /** The first line of a parser's message, at most 200 characters: diagnostics stay one line. */
  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** A runner for this scenario's company over {@code bizloop}, to run steps one at a time. */
  public ScenarioRunner runnerOver(Bizloop bizloop) {
    return new ScenarioRunner(new LibrarySteps(bizloop), company.startDate());
  }

  /** Replays every step into a fresh in-memory bizloop. */
  public Replay replay() {
    return replay((bizloop, step) -> {});
  }

  /** Replays every step, calling {@code afterEachStep} with the step number and the loop after each. */
  public Replay replay(ObjIntConsumer<Bizloop> afterEachStep) {
    return replay(Scenario::inMemory, afterEachStep);
  }

  /**
   * Replays every step into the loop {@code bizloop} makes for the company's settings (a fresh
   * in-memory one, or one over a database that may already hold books, which the steps continue).
   */
  public Replay replay(Function<CompanySettings, ? extends Bizloop> bizloop) {
    return replay(bizloop, (loop, step) -> {});
  }

  /** Replays every step into the loop {@code factory} makes, calling {@code afterEachStep} after each. */
  public Replay replay(Function<CompanySettings, ? extends Bizloop> factory, ObjIntConsumer<Bizloop> afterEachStep) {
    Bizloop bizloop = factory.apply(company.settings());
    ScenarioRunner runner = new ScenarioRunner(new LibrarySteps(bizloop), company.startDate());
    runner.runAll(steps, step -> afterEachStep.accept(bizloop, step));
    return new Replay(bizloop, runner);
  }

  /**
   * A finished replay: the library's state and the runner's record of rejections.
   *
   * @param bizloop the wired library after the steps
   * @param runner the runner, with its rejections and ignored duplicates
   */
  public record Replay(Bizloop bizloop, ScenarioRunner runner) {
    public Report report() {
      return Report.of(bizloop, runner);
    }
  }
}
