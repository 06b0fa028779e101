/**
 * Figures for the labs: one call per figure in {@link org.dlkit.plot.Plots}, each returning an
 * XChart chart (or an {@link org.dlkit.plot.ImageGrid} for image grids) that a notebook renders
 * inline, and {@link org.dlkit.plot.Figures} to save them as PNG or SVG.
 *
 * <p>Building and styling are separate: the per-figure classes add series, and
 * {@link org.dlkit.plot.ChartStyle} and {@link org.dlkit.plot.Palette} decide fonts, sizes and
 * colors, so every figure looks alike and class 0 has the same color everywhere. Everything
 * renders headless; nothing here opens a window.
 */
package org.dlkit.plot;
