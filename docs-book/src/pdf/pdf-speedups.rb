# frozen_string_literal: true
# Makes the PDF book render faster; the book it writes is the same, byte for byte (only its
# /CreationDate differs). The book is the build's longest single step, single-threaded JRuby, and
# this cuts its conversion by about 15 % (measured side by side: medians of 7 and 9 renders, 33.9 s
# against 41.3 s). Each part below memoises a pure function that Prawn recomputes for every piece
# of text, or computes the same result more cheaply. Loaded by docs-book/pom.xml (render-book,
# <requires>) after asciidoctor-pdf.
require 'asciidoctor/pdf'
require 'ttfunk'
require 'pdf/core'

# The parts replace methods of these exact versions: another version may differ inside them.
unless Asciidoctor::PDF::VERSION == '2.3.19' && Prawn::VERSION == '2.4.0'
  raise "docs-book/src/pdf/pdf-speedups.rb was written for asciidoctor-pdf 2.3.19 (Prawn 2.4.0), " \
        "and this build has #{Asciidoctor::PDF::VERSION} (Prawn #{Prawn::VERSION}): render the book without " \
        'it and with it, check that the two PDFs are the same (cmp, /CreationDate aside), then update the ' \
        'versions here; or delete this file and its <require> in docs-book/pom.xml'
end

# 1. ttfunk: CodePage#from_unicode packs + transcodes one character per call and raises
#    (an expensive Java exception in JRuby) for every character outside the code page.
#    It is a pure function of (encoding, character): memoise it per encoding.
module TTFunk
  module Subset
    class CodePage
      FROM_UNICODE_CACHE = Hash.new { |h, enc| h[enc] = {} }
      NONE = Object.new.freeze

      def from_unicode character
        cache = (@from_unicode_cache ||= FROM_UNICODE_CACHE[encoding])
        code = cache[character]
        if code.nil?
          code = begin
            [character].pack('U*').encode(encoding).ord
          rescue Encoding::UndefinedConversionError
            NONE
          end
          cache[character] = code
        end
        NONE.equal?(code) ? nil : code
      end
    end
  end
end

# 2. prawn TTF: kern(string) is a pure function of the font and the string; it is called for
#    every width measurement and again when the text is drawn. Cache it per font object.
#    (Callers only read the returned arrays.)
class Prawn::Fonts::TTF
  alias_method :kern_uncached, :kern

  def kern string
    (@kern_cache ||= {})[string] ||= kern_uncached string
  end
  private :kern, :kern_uncached
end

# 3. prawn FontMetricCache: the stock key is a Struct(font.hash, options, string) (font.hash per
#    asciidoctor-pdf's ext/prawn/font_metric_cache.rb; Prawn::Font#hash = [class, name, family, size],
#    size being the document's current font size), whose #hash/#eql? are recomputed twice per call.
#    Same key components as nested hashes, looked up once: font object, current font size, options, string.
class Prawn::FontMetricCache
  def width_of string, options
    f = options[:style] ? @document.find_font(@document.font.family, style: options[:style]) : @document.font
    encoded_string = f.normalize_encoding string
    by_font = ((@fast_cache ||= {}.compare_by_identity)[f] ||= {})
    by_opts = ((by_font[f.__send__ :size] ||= {})[options] ||= {})
    length = (by_opts[encoded_string] ||= f.compute_width_of encoded_string, options)
    character_count = @document.font.character_count encoded_string
    length += @document.character_spacing * (character_count - 1) if character_count.positive?
    length
  end
end

# 4. pdf-core: real() used format('%<number>.5f', number: num) plus a regexp; same result, cheaper.
module PDF
  module Core
    def real num
      s = format '%.5f', num
      i = s.length
      i -= 1 while s.getbyte(i - 1) == 48 && s.getbyte(i - 2) != 46 # strip 0s, keep one after '.'
      i == s.length ? s : s[0, i]
    end
    module_function :real
  end
end
