package de.impulsnetz.talk.recording;

import java.util.Arrays;
import java.util.Optional;

import de.impulsnetz.talk.recording.RecordingRefused.Reason;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Watches an upload as it streams through: refuses it as soon as it grows beyond the
 * limit, and as soon as its first bytes show it is no recording, so that neither a huge
 * file nor a wrong one is stored to its end. One instance per upload.
 */
final class UploadCheck {

	private final long maxBytes;

	private final byte[] head = new byte[RecordingFormat.HEAD];

	private int headLength;

	private long size;

	private @Nullable RecordingFormat format;

	UploadCheck(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	Flux<DataBuffer> apply(Flux<DataBuffer> content) {
		return content.<DataBuffer>handle((buffer, sink) -> {
			this.size += buffer.readableByteCount();
			if (this.size > this.maxBytes) {
				DataBufferUtils.release(buffer);
				sink.error(new RecordingRefused(Reason.TOO_LARGE));
				return;
			}
			if (this.format == null) {
				collectHead(buffer);
				if (this.headLength == this.head.length && recognise().isEmpty()) {
					DataBufferUtils.release(buffer);
					sink.error(new RecordingRefused(Reason.UNSUPPORTED));
					return;
				}
			}
			sink.next(buffer);
		}).concatWith(Flux.defer(() -> {
			if (this.size == 0) {
				return Flux.error(new RecordingRefused(Reason.EMPTY));
			}
			return (this.format == null && recognise().isEmpty()) ? Flux.error(new RecordingRefused(Reason.UNSUPPORTED))
					: Flux.empty();
		}));
	}

	private void collectHead(DataBuffer buffer) {
		int take = Math.min(this.head.length - this.headLength, buffer.readableByteCount());
		for (int i = 0; i < take; i++) {
			this.head[this.headLength + i] = buffer.getByte(buffer.readPosition() + i);
		}
		this.headLength += take;
	}

	private Optional<RecordingFormat> recognise() {
		Optional<RecordingFormat> recognised = RecordingFormat.of(Arrays.copyOf(this.head, this.headLength));
		recognised.ifPresent((found) -> this.format = found);
		return recognised;
	}

	/**
	 * The format, known once the upload has been read.
	 */
	RecordingFormat format() {
		if (this.format == null) {
			throw new IllegalStateException("upload not read yet");
		}
		return this.format;
	}

	long size() {
		return this.size;
	}

}
