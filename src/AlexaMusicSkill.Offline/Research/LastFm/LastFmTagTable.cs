// Over 300 lines because it is a data table (one row per Last.fm tag), not logic; splitting it would scatter the mapping.
namespace AlexaMusicSkill.Offline.Research.LastFm;

/// <summary>
/// The tag table itself, kept apart from the code that reads it because it is data: one row per normalized tag,
/// "tag | genre ids | energy hint | era votes". docs/lastfm-tag-mapping.md explains each group; a test keeps them equal.
/// </summary>
internal static class LastFmTagTable
{
    // eras: ID or ID:weight, space-separated
    public const string Rows = """
        rock | ROCK | |
        classic rock | ROCK | |
        hard rock | ROCK | 0.8 |
        soft rock | ROCK | 0.35 |
        mellow rock | ROCK | 0.3 |
        rock n roll | ROCK | |
        rock and roll | ROCK | |
        rockabilly | ROCK | |
        southern rock | ROCK | |
        psychedelic | ROCK | |
        psychedelic rock | ROCK | |
        progressive rock | ROCK | |
        art rock | ROCK | |
        glam rock | ROCK | |
        garage rock | ROCK | |
        stoner rock | ROCK | |
        album rock | ROCK | |
        acoustic rock | ROCK | |
        space rock | ROCK | |
        pop rock | ROCK POP | |
        rock pop | ROCK POP | |
        power pop | POP ROCK | |
        powerpop | POP ROCK | |
        blues rock | BLUES ROCK | |
        country rock | COUNTRY ROCK | |
        folk rock | FOLK ROCK | |
        funk rock | FUNK ROCK | |
        latin rock | LATIN ROCK | |
        christian rock | GOSPEL ROCK | |
        80s rock | ROCK | | EIGHTIES
        90s rock | ROCK | | NINETIES
        alternative | ALT_ROCK | |
        alternative rock | ALT_ROCK | |
        britpop | ALT_ROCK | |
        college rock | ALT_ROCK | |
        industrial rock | ALT_ROCK | |
        post rock | ALT_ROCK | |
        noise rock | ALT_ROCK | |
        post grunge | ALT_ROCK GRUNGE | |
        alternative metal | ALT_ROCK METAL | 0.85 |
        indie | INDIE | |
        indie rock | INDIE | |
        indie pop | INDIE POP | |
        indie folk | INDIE FOLK | |
        indietronica | INDIE ELECTRONIC | |
        twee | INDIE | |
        shoegaze | INDIE | |
        noise pop | INDIE | |
        lo fi | INDIE | |
        post punk revival | INDIE PUNK | |
        dream pop | INDIE | 0.3 |
        dreampop | INDIE | 0.3 |
        chillwave | INDIE ELECTRONIC | 0.3 |
        slowcore | INDIE | 0.2 |
        grunge | GRUNGE | |
        punk | PUNK | 0.85 |
        punk rock | PUNK | 0.85 |
        pop punk | PUNK POP | 0.8 |
        punk pop | PUNK POP | 0.8 |
        hardcore | PUNK | 0.9 |
        hardcore punk | PUNK | 0.9 |
        melodic hardcore | PUNK | 0.9 |
        post hardcore | PUNK | 0.85 |
        street punk | PUNK | 0.9 |
        horror punk | PUNK | 0.85 |
        ska punk | PUNK REGGAE | 0.8 |
        screamo | PUNK | 0.9 |
        emocore | PUNK | 0.85 |
        emo | PUNK ALT_ROCK | |
        post punk | PUNK ALT_ROCK | |
        proto punk | PUNK ROCK | |
        metal | METAL | 0.9 |
        heavy metal | METAL | 0.9 |
        thrash metal | METAL | 0.95 |
        speed metal | METAL | 0.95 |
        death metal | METAL | 0.95 |
        melodic death metal | METAL | 0.9 |
        brutal death metal | METAL | 0.95 |
        technical death metal | METAL | 0.95 |
        progressive death metal | METAL | 0.9 |
        black metal | METAL | 0.95 |
        metalcore | METAL | 0.95 |
        deathcore | METAL | 0.95 |
        grindcore | METAL | 0.95 |
        mathcore | METAL | 0.95 |
        groove metal | METAL | 0.9 |
        nwobhm | METAL | 0.9 |
        new wave of british heavy metal | METAL | 0.9 |
        nu metal | METAL | 0.85 |
        industrial metal | METAL | 0.85 |
        power metal | METAL | 0.85 |
        progressive metal | METAL | 0.8 |
        symphonic metal | METAL | 0.75 |
        gothic metal | METAL | 0.7 |
        doom metal | METAL | |
        post metal | METAL | |
        female fronted metal | METAL | |
        folk metal | METAL FOLK | 0.8 |
        hair metal | METAL ROCK | 0.8 |
        glam metal | METAL ROCK | 0.8 |
        christian metal | METAL GOSPEL | 0.9 |
        pop | POP | |
        teen pop | POP | |
        top 40 | POP | |
        j pop | POP | |
        jpop | POP | |
        60s pop | POP | | SIXTIES
        70s pop | POP | | SEVENTIES
        80s pop | POP | | EIGHTIES
        dance pop | DANCE POP | 0.75 |
        latin pop | LATIN POP | |
        country pop | COUNTRY POP | |
        world pop | WORLD POP | |
        classical crossover | CLASSICAL POP | |
        synthpop | SYNTH_POP | |
        synth pop | SYNTH_POP | |
        synth | SYNTH_POP | |
        synth wave | SYNTH_POP | |
        techno pop | SYNTH_POP | |
        new wave | SYNTH_POP | |
        80s new wave | SYNTH_POP | | EIGHTIES
        new romantic | SYNTH_POP | |
        darkwave | SYNTH_POP | |
        electropop | SYNTH_POP ELECTRONIC | |
        electro pop | SYNTH_POP ELECTRONIC | |
        futurepop | SYNTH_POP ELECTRONIC | |
        italo disco | DISCO SYNTH_POP | 0.8 |
        k pop | K_POP | |
        kpop | K_POP | |
        electronic | ELECTRONIC | |
        electronica | ELECTRONIC | |
        idm | ELECTRONIC | |
        industrial | ELECTRONIC | |
        glitch | ELECTRONIC | |
        minimal | ELECTRONIC | |
        witch house | ELECTRONIC | |
        electro | ELECTRONIC | 0.75 |
        ebm | ELECTRONIC | 0.8 |
        dark electro | ELECTRONIC | 0.8 |
        electro industrial | ELECTRONIC | 0.8 |
        drum and bass | ELECTRONIC | 0.85 |
        dubstep | ELECTRONIC | 0.85 |
        breakcore | ELECTRONIC | 0.95 |
        electroclash | ELECTRONIC DANCE | 0.8 |
        nu jazz | JAZZ ELECTRONIC | |
        dance | DANCE | 0.8 |
        eurodance | DANCE | 0.85 |
        club | DANCE | 0.85 |
        90s dance | DANCE | 0.8 | NINETIES
        dance 90s | DANCE | 0.8 | NINETIES
        trance | DANCE ELECTRONIC | 0.8 |
        progressive trance | DANCE ELECTRONIC | 0.8 |
        vocal trance | DANCE ELECTRONIC | 0.8 |
        psytrance | DANCE ELECTRONIC | 0.85 |
        psychedelic trance | DANCE ELECTRONIC | 0.85 |
        goa | DANCE ELECTRONIC | 0.85 |
        new rave | DANCE INDIE | 0.85 |
        dance punk | DANCE PUNK | 0.85 |
        house | HOUSE | 0.75 |
        house music | HOUSE | 0.75 |
        classic house | HOUSE | 0.75 |
        progressive house | HOUSE | 0.75 |
        tech house | HOUSE | 0.75 |
        electro house | HOUSE | 0.85 |
        soulful house | HOUSE | 0.65 |
        deep house | HOUSE | 0.6 |
        techno | HOUSE | 0.8 |
        minimal techno | HOUSE | 0.7 |
        ambient | AMBIENT | 0.15 |
        dark ambient | AMBIENT | 0.15 |
        new age | AMBIENT | 0.15 |
        drone | AMBIENT | 0.1 |
        chillout | AMBIENT | 0.2 |
        chill out | AMBIENT | 0.2 |
        downtempo | AMBIENT | 0.25 |
        psychill | AMBIENT | 0.25 |
        trip hop | AMBIENT | 0.3 |
        light trip hop | AMBIENT | 0.3 |
        lounge | AMBIENT JAZZ | 0.3 |
        chillhop | LOFI HIP_HOP | 0.3 |
        lo fi hip hop | LOFI HIP_HOP | 0.3 |
        jazzy hip hop | LOFI HIP_HOP | 0.35 |
        instrumental hip hop | LOFI HIP_HOP | |
        hip hop | HIP_HOP | |
        hiphop | HIP_HOP | |
        rap | HIP_HOP | |
        hip hop rap | HIP_HOP | |
        gangsta rap | HIP_HOP | |
        underground hip hop | HIP_HOP | |
        alternative hip hop | HIP_HOP | |
        abstract hip hop | HIP_HOP | |
        real hip hop | HIP_HOP | |
        uk hip hop | HIP_HOP | |
        german hiphop | HIP_HOP | |
        rnb | RNB | |
        r and b | RNB | |
        rhythm and blues | RNB | |
        contemporary rnb | RNB | |
        urban | RNB | |
        soul | SOUL | |
        neo soul | SOUL RNB | |
        motown | SOUL | |
        northern soul | SOUL | |
        blue eyed soul | SOUL | |
        funk | FUNK | |
        funky | FUNK | |
        p funk | FUNK | |
        disco | DISCO | 0.8 |
        nu disco | DISCO | 0.75 |
        jazz | JAZZ | |
        swing | JAZZ | |
        bebop | JAZZ | |
        big band | JAZZ | |
        vocal jazz | JAZZ | |
        free jazz | JAZZ | |
        jazz fusion | JAZZ | |
        contemporary jazz | JAZZ | |
        acid jazz | JAZZ FUNK | |
        smooth jazz | JAZZ | 0.3 |
        cool jazz | JAZZ | 0.3 |
        bossa nova | LATIN JAZZ | 0.3 |
        blues | BLUES | |
        delta blues | BLUES | |
        chicago blues | BLUES | |
        electric blues | BLUES | |
        classic blues | BLUES | |
        classical | CLASSICAL | |
        opera | CLASSICAL | |
        baroque | CLASSICAL | |
        orchestral | CLASSICAL | |
        contemporary classical | CLASSICAL | |
        modern classical | CLASSICAL | |
        neoclassical | CLASSICAL | |
        country | COUNTRY | |
        alt country | COUNTRY | |
        americana | COUNTRY | |
        bluegrass | COUNTRY | |
        classic country | COUNTRY | |
        traditional country | COUNTRY | |
        new country | COUNTRY | |
        modern country | COUNTRY | |
        folk | FOLK | |
        anti folk | FOLK | |
        freak folk | FOLK | |
        neofolk | FOLK | |
        folk punk | FOLK PUNK | |
        celtic | FOLK WORLD | |
        singer songwriter | SINGER_SONGWRITER | |
        songwriter | SINGER_SONGWRITER | |
        songwriters | SINGER_SONGWRITER | |
        reggae | REGGAE | |
        roots reggae | REGGAE | |
        ska | REGGAE | |
        dub | REGGAE | |
        dancehall | REGGAE | |
        latin | LATIN | |
        latino | LATIN | |
        reggaeton | LATIN | |
        salsa | LATIN | |
        tango | LATIN | |
        mpb | LATIN | |
        flamenco | LATIN WORLD | |
        soundtrack | SOUNDTRACK | |
        ost | SOUNDTRACK | |
        score | SOUNDTRACK | |
        film score | SOUNDTRACK | |
        film music composer | SOUNDTRACK | |
        movie score composers | SOUNDTRACK | |
        video game music | SOUNDTRACK | |
        game soundtrack | SOUNDTRACK | |
        bollywood | SOUNDTRACK WORLD | |
        gospel | GOSPEL | |
        christian | GOSPEL | |
        christian music | GOSPEL | |
        top christian | GOSPEL | |
        worship | GOSPEL | |
        world | WORLD | |
        world music | WORLD | |
        world fusion | WORLD | |
        ethnic | WORLD | |
        fado | WORLD | |
        afrobeat | WORLD FUNK | |
        chill | | 0.25 |
        mellow | | 0.25 |
        relax | | 0.15 |
        relaxing | | 0.15 |
        relaxing music | | 0.15 |
        calm | | 0.15 |
        calming | | 0.15 |
        soothing | | 0.15 |
        peaceful | | 0.15 |
        sleep | | 0.1 |
        quiet | | 0.2 |
        slow | | 0.2 |
        soft | | 0.25 |
        smooth | | 0.3 |
        easy listening | | 0.3 |
        ballad | | 0.25 |
        ballads | | 0.25 |
        dreamy | | 0.25 |
        ethereal | | 0.2 |
        sad | | 0.3 |
        melancholic | | 0.3 |
        melancholy | | 0.3 |
        happy | | 0.7 |
        fun | | 0.7 |
        upbeat | | 0.8 |
        fast | | 0.8 |
        energetic | | 0.85 |
        energy | | 0.85 |
        party | | 0.85 |
        party time | | 0.85 |
        dance party | | 0.85 |
        workout | | 0.85 |
        aggressive | | 0.9 |
        20s | | | PRE_FIFTIES
        1920s | | | PRE_FIFTIES
        30s | | | PRE_FIFTIES
        1930s | | | PRE_FIFTIES
        40s | | | PRE_FIFTIES
        1940s | | | PRE_FIFTIES
        50s | | | FIFTIES
        1950s | | | FIFTIES
        fifties | | | FIFTIES
        60s | | | SIXTIES
        1960s | | | SIXTIES
        sixties | | | SIXTIES
        70s | | | SEVENTIES
        1970s | | | SEVENTIES
        seventies | | | SEVENTIES
        80s | | | EIGHTIES
        1980s | | | EIGHTIES
        eighties | | | EIGHTIES
        90s | | | NINETIES
        1990s | | | NINETIES
        nineties | | | NINETIES
        00s | | | TWO_THOUSANDS
        2000s | | | TWO_THOUSANDS
        noughties | | | TWO_THOUSANDS
        10s | | | TWENTY_TENS
        2010s | | | TWENTY_TENS
        oldies | | | FIFTIES:0.5 SIXTIES:0.5
        """;
}
