package org.msb.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A report input file (a scan result, an earlier report) read as one JSON object; every failure names the file. */
final class JsonInputFile {
    private JsonInputFile() {}

    static JsonObject read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(in);
            if (!root.isJsonObject()) throw new InvalidReportInputException(file + ": is not a JSON object");
            return root.getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw new InvalidReportInputException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidReportInputException(file + ": cannot be read: " + e.getMessage(), e);
        } catch (JsonParseException e) {
            throw new InvalidReportInputException(file + ": is not valid JSON: " + e.getMessage(), e);
        }
    }
}
