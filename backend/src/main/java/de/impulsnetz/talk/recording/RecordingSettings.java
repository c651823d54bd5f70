package de.impulsnetz.talk.recording;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of uploads and their processing ({@code impulsnetz.recordings.*}).
 *
 * @param maxSize the largest upload; beyond it the upload is refused and what was stored
 * of it deleted
 * @param parallelJobs how many recordings one instance processes at once
 * @param tempDir where ffmpeg's input and output files live while a job runs; by default
 * a folder in the system's temporary directory
 * @param lease how long a claimed job stays with one instance without a renewal; then
 * another instance (or this one after a restart) runs it again
 * @param poll how often the worker looks for waiting jobs besides being woken by uploads
 */
@ConfigurationProperties("impulsnetz.recordings")
public record RecordingSettings(@DefaultValue("4GB") DataSize maxSize, @DefaultValue("1") int parallelJobs,
		@Nullable Path tempDir, @DefaultValue("2m") Duration lease, @DefaultValue("5s") Duration poll) {

	public RecordingSettings {
		parallelJobs = Math.max(1, parallelJobs);
	}

	public Path tempDirectory() {
		return (this.tempDir != null && !this.tempDir.toString().isEmpty()) ? this.tempDir
				: Path.of(System.getProperty("java.io.tmpdir"), "impulsnetz-recordings");
	}

}
