package org.vigil.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.vigil.model.Json;

/**
 * A GeoJSON FeatureCollection of the events that have coordinates: a Point at [lon, lat] each, the event's JSON
 * as its properties. Events without coordinates are left out, as a map cannot place them.
 */
final class GeoJsonSink implements EventSink {
    private final Writer out;
    private JsonGenerator json;

    GeoJsonSink(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        json = Json.MAPPER.getFactory().createGenerator(out);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public boolean accept(StoredEvent event) throws IOException {
        if (event.location() == null || event.location().lat() == null || event.location().lon() == null) {
            return false;
        }
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", Long.toString(event.eventKey()));
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(event.location().lon());
        json.writeNumber(event.location().lat());
        json.writeEndArray();
        json.writeEndObject();
        json.writeFieldName("properties");
        json.writeObject(event);
        json.writeEndObject();
        return true;
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
