// Mistake: averages the per-class accuracies (each diagonal entry over its row), which weighs small classes as much as large ones
// Look at: how your accuracy weighs the classes: the text asks for the share of all examples
// Exercise: confusion
/**
 * Returns the confusion matrix counts[t][p]: how many examples of true class t were predicted as
 * class p, for classes 0..classes-1.
 */
int[][] confusionMatrix(int[] predicted, int[] labels, int classes) {
    int[][] counts = new int[classes][classes];
    for (int i = 0; i < labels.length; i++) {
        counts[labels[i]][predicted[i]]++;
    }
    return counts;
}

/** Returns the fraction of correct predictions a confusion matrix records: its diagonal over its total. */
double accuracy(int[][] confusion) {
    double sum = 0;
    for (int t = 0; t < confusion.length; t++) {
        int row = 0;
        for (int p = 0; p < confusion[t].length; p++) {
            row += confusion[t][p];
        }
        sum += (double) confusion[t][t] / row;
    }
    return sum / confusion.length;
}
