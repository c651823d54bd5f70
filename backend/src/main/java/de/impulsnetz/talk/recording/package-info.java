/**
 * Recordings of talks: streamed uploads checked by their bytes, processing jobs that make
 * web, audio and poster versions with ffmpeg, and media served with range requests.
 */
package de.impulsnetz.talk.recording;
