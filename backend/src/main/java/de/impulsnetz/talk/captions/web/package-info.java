/**
 * The organisers' page for a talk's captions, chapters and slides, the transcript page,
 * and the files the player and podcast apps load (WebVTT, chapters JSON, slides PDF).
 */
package de.impulsnetz.talk.captions.web;
