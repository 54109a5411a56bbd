package org.recoverytracker.damage.photo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The damage schema's report photos: metadata and bytes in one row. */
@Singleton
class PhotoStore {
    private static final String VIEW = "SELECT report_id, photo_id, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
            + " FROM damage_report_photo";

    private final JdbcOperations jdbc;

    PhotoStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the report exists, locking it so two uploads of one photo id queue instead of colliding. */
    boolean lockReport(UUID reportId) {
        return jdbc.prepareStatement("SELECT 1 FROM damage_report WHERE report_id = ? FOR UPDATE", statement -> {
            statement.setObject(1, reportId);
            return statement.executeQuery().next();
        });
    }

    boolean reportExists(UUID reportId) {
        return jdbc.prepareStatement("SELECT 1 FROM damage_report WHERE report_id = ?", statement -> {
            statement.setObject(1, reportId);
            return statement.executeQuery().next();
        });
    }

    Optional<PhotoView> find(UUID reportId, UUID photoId) {
        return jdbc.prepareStatement(VIEW + " WHERE report_id = ? AND photo_id = ?", statement -> {
            statement.setObject(1, reportId);
            statement.setObject(2, photoId);
            return read(statement.executeQuery()).stream().findFirst();
        });
    }

    List<PhotoView> ofReport(UUID reportId) {
        return jdbc.prepareStatement(VIEW + " WHERE report_id = ? ORDER BY uploaded_at, photo_id", statement -> {
            statement.setObject(1, reportId);
            return read(statement.executeQuery());
        });
    }

    Optional<byte[]> bytes(UUID reportId, UUID photoId) {
        return jdbc.prepareStatement("SELECT bytes FROM damage_report_photo WHERE report_id = ? AND photo_id = ?", statement -> {
            statement.setObject(1, reportId);
            statement.setObject(2, photoId);
            ResultSet rows = statement.executeQuery();
            return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty();
        });
    }

    void insert(PhotoView photo, byte[] bytes) {
        jdbc.prepareStatement("""
                INSERT INTO damage_report_photo (report_id, photo_id, content_type, size_bytes, sha256, bytes, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, photo.reportId());
            statement.setObject(2, photo.photoId());
            statement.setString(3, photo.contentType());
            statement.setInt(4, photo.sizeBytes());
            statement.setString(5, photo.sha256());
            statement.setBytes(6, bytes);
            statement.setString(7, photo.uploadedBy());
            statement.setTimestamp(8, Timestamp.from(photo.uploadedAt()));
            return statement.executeUpdate();
        });
    }

    private static List<PhotoView> read(ResultSet rows) throws SQLException {
        List<PhotoView> photos = new ArrayList<>();
        while (rows.next()) {
            photos.add(new PhotoView(rows.getObject("report_id", UUID.class), rows.getObject("photo_id", UUID.class),
                    rows.getString("content_type"), rows.getInt("size_bytes"), rows.getString("sha256"),
                    rows.getString("uploaded_by"), rows.getTimestamp("uploaded_at").toInstant()));
        }
        return photos;
    }
}
